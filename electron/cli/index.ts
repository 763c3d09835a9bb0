import { parseArgs } from 'node:util'
import { describeError } from '../../shared/errors'
import { AppError } from '../../shared/errors'
import { addLogSink, setLogLevel, streamSink } from '../logging/logger'
import { commands } from './commands'

const usage = `用法：npm run cli -- <命令> [参数]

命令：
  demo [--out 目录]                 生成示范学校的学校文件、全部文档、表格和导出包（默认 out/demo）
  outputs <学校文件> --out 目录     为学校文件生成全部文档、表格和导出包
  verify <导出包.zip> [--json]      校验导出包，列出发现的全部问题
  info <学校文件>                   显示学校文件的基本信息
  schema [--out 文件]               写出交换格式的 JSON Schema（默认 docs/exchange-format.schema.json）
  serve [--school 学校文件] [--out 目录] [--port 端口]
                                    在 127.0.0.1 上启动测试用的浏览器服务（需先 npm run build）

通用参数：
  --verbose                         把日志输出到标准错误
`

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      school: { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })

  if (values.verbose) {
    setLogLevel('debug')
    addLogSink(streamSink((text) => process.stderr.write(text)))
  }

  const [name, ...rest] = positionals
  const command = name ? commands[name] : undefined
  if (values.help || !command) {
    process.stdout.write(usage)
    return values.help ? 0 : 2
  }

  return command({ args: rest, out: values.out, school: values.school, port: values.port, json: values.json ?? false })
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    const text = error instanceof AppError ? describeError(error.data) : `${(error as Error).stack ?? String(error)}`
    process.stderr.write(`错误：${text}\n`)
    process.exitCode = 1
  })
