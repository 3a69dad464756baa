from lib import F, P, inh, CH, emit

rows = [("A1", "24.318", "26.905", "10,6"), ("B1", "3.412", "3.876", "13,6"),
        ("B2", "11.640", "12.487", "7,3"), ("C", "1.502", "1.320", "-12,1"),
        ("D, E, F", "497", "516", "3,8"), ("Tổng số", "41.369", "45.104", "9,0")]
table = "\n\n".join(["Hạng", "9 tháng năm 2023", "9 tháng năm 2024", "Tăng, giảm (%)"]
                    + [c for r in rows for c in r])

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH ĐỒNG NAI
Trang chủ / Tin tức - Sự kiện / Quản lý phương tiện và người lái

Kết quả sát hạch, cấp, đổi giấy phép lái xe 9 tháng năm 2024
Ngày cập nhật 03/10/2024

9 tháng năm 2024, Sở Giao thông vận tải đã tổ chức sát hạch cho 58.214 thí sinh, trong đó 44.937 thí sinh đạt yêu cầu, tỷ lệ đạt 77,2%. Sở đã cấp mới 45.104 giấy phép lái xe; đổi 38.760 giấy phép lái xe, tăng 12,1% so với cùng kỳ, trong đó đổi trực tuyến 21.530 trường hợp, chiếm 55,5%.

Số giấy phép lái xe cấp mới phân theo hạng
Đơn vị tính: giấy phép

""" + table + """

Theo Phòng Cảnh sát giao thông Công an tỉnh, tính đến ngày 30/9/2024, toàn tỉnh đang quản lý 2.134.560 phương tiện cơ giới đường bộ, gồm 198.470 ô tô và 1.936.090 mô tô, xe máy. Riêng 9 tháng năm 2024 đã đăng ký mới 9.842 ô tô và 61.275 mô tô, xe máy; có 42.318 hồ sơ đăng ký xe được giải quyết trực tuyến toàn trình.

Sở Giao thông vận tải phấn đấu đến hết năm 2024, tỷ lệ đổi giấy phép lái xe trực tuyến đạt trên 60%. Mọi thắc mắc xin liên hệ Phòng Quản lý phương tiện và người lái, số 4 đường Nguyễn Ái Quốc, TP Biên Hòa, điện thoại 0251.3822.456.
"""

N23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
N24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
A30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
S = "giấy phép lái xe cấp mới"

FIGS = [
    F("cho 58.214 thí sinh", "58.214", 58214, "count", "thí sinh", "thí sinh dự sát hạch", N24),
    F("trong đó 44.937 thí sinh", "44.937", 44937, "count", "thí sinh", "thí sinh đạt yêu cầu", N24,
      total=58214, percent=77.2),
    F("cấp mới 45.104 giấy phép", "45.104", 45104, "count", "giấy phép lái xe", S, inh(N24)),
    F("đổi 38.760 giấy phép", "38.760", 38760, "count", "giấy phép lái xe", "giấy phép lái xe được đổi", inh(N24),
      change=CH("increase", 12.1, "%", "cùng kỳ")),
    F("trực tuyến 21.530 trường hợp", "21.530", 21530, "count", "trường hợp",
      "đổi giấy phép lái xe trực tuyến", inh(N24), total=38760, percent=55.5),
]
for label, a, b, c in rows:
    cls = "Tổng số" if label == "Tổng số" else f"hạng {label}"
    FIGS.append(F(f"{label}\n\n{a}", a, float(a.replace(".", "")), "count", "giấy phép", f"{cls} 9 tháng năm 2023", N23))
    FIGS.append(F(f"{a}\n\n{b}", b, float(b.replace(".", "")), "count", "giấy phép", f"{cls} 9 tháng năm 2024", N24))
    num = c.lstrip("-")
    v = float(c.replace(",", "."))
    FIGS.append(F(f"{b}\n\n{c}", num, v, "percent", "%", f"{cls} tăng, giảm", inh(N24)))

FIGS += [
    F("quản lý 2.134.560 phương tiện", "2.134.560", 2134560, "count", "phương tiện",
      "phương tiện cơ giới đường bộ đang quản lý", A30),
    F("gồm 198.470 ô tô", "198.470", 198470, "count", "ô tô", "ô tô đang quản lý", A30, total=2134560),
    F("và 1.936.090 mô tô", "1.936.090", 1936090, "count", "mô tô, xe máy", "mô tô, xe máy đang quản lý", A30,
      total=2134560),
    F("mới 9.842 ô tô", "9.842", 9842, "count", "ô tô", "ô tô đăng ký mới", N24),
    F("và 61.275 mô tô", "61.275", 61275, "count", "mô tô, xe máy", "mô tô, xe máy đăng ký mới", N24),
    F("có 42.318 hồ sơ", "42.318", 42318, "count", "hồ sơ",
      "hồ sơ đăng ký xe được giải quyết trực tuyến toàn trình", N24),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ đổi giấy phép lái xe trực tuyến",
      P("đến hết năm 2024", None, "2024-12-31"), approx="over", status="target"),
]

emit("p273-6", TEXT, [
    "Department site (Sở GTVT Đồng Nai): driving tests, licences issued/renewed, vehicle registrations, 9 tháng năm 2024. Dateline 'Ngày cập nhật 03/10/2024'.",
    "Table written one cell per line (as shared h23): Hạng | 9 tháng năm 2023 | 9 tháng năm 2024 | Tăng, giảm (%), 'Đơn vị tính: giấy phép'.",
    "Count cells take the column-header period; the (%) column is a growth rate (percent), its period inherited. '-12,1' = -12.1.",
    "Row labels 'A1', 'B1', 'B2', 'D, E, F' are licence classes (names with digits), not figures. No totals for table cells.",
    "'…44.937 thí sinh đạt yêu cầu, tỷ lệ đạt 77,2%': the share after the count is its percent attribute (as shared h12 'đạt tỷ lệ 99,99%', h30 '(tỷ lệ 80,7%)').",
    "Table-cell subject = row label + column label (FIGURES.md Tables; shared h24), e.g. 'hạng A1 9 tháng năm 2023'.",
    "revised: 77,2% was a figure of its own; made the percent attribute of 44.937 (shared h12/h20/h30 convention). Table subjects were",
    "caption + row ('giấy phép lái xe cấp mới hạng A1'); set to row label + column label as FIGURES.md says.",
    "'đổi 38.760 …, tăng 12,1% …, trong đó đổi trực tuyến 21.530 trường hợp, chiếm 55,5%' → total 38.760, percent 55.5.",
    "'tính đến ngày 30/9/2024 … 2.134.560 phương tiện, gồm …': as-of period, parts after 'gồm' take total. Distractors: address 'số 4 đường Nguyễn Ái Quốc', phone.",
], FIGS, published="2024-10-03", location="Đồng Nai")
