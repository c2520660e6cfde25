import { DynamicModule, Module, Type } from '@nestjs/common';
import { PlatformModule } from './platform.module';
import { RuntimeContext } from './runtime-context';

/** The root of a process: the shared platform once, then the feature modules of its role. */
@Module({})
export class RootModule {
  static of(context: RuntimeContext, ...features: Type[]): DynamicModule {
    return { module: RootModule, imports: [PlatformModule.forRoot(context), ...features] };
  }
}
