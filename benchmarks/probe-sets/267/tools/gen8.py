from lib import F, P, C, T, build

text = """BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC NINH
Tin tức - Sự kiện › Lao động, công đoàn

Hơn 365 nghìn lao động làm việc tại các khu công nghiệp

HOÀNG LINH 15:20, 16/07/2024

Tính đến 30/6/2024, các khu công nghiệp (KCN) trên địa bàn tỉnh thu hút 365.200 lao động, tăng 4,8% so với cuối năm 2023; trong đó lao động nữ chiếm 68,5%, lao động ngoại tỉnh khoảng 60%. Thu nhập bình quân của người lao động 6 tháng đầu năm ước đạt 8,7 triệu đồng/người/tháng.

Lao động tại một số KCN lớn (tính đến 30/6/2024):
KCN\tLao động (người)\tNữ (%)\tTỷ lệ đoàn viên (%)
Tiên Sơn\t48.350\t71,2\t92,5
VSIP Bắc Ninh\t41.900\t66,0\t88,1
Đại Đồng - Hoàn Sơn\t22.640\t63,4\t79,3
Nam Sơn - Hạp Lĩnh\t15.780\t58,9\t74,6

Về nhà ở cho công nhân, giai đoạn 2021-2025 tỉnh đặt chỉ tiêu hoàn thành 30.000 căn nhà ở xã hội. Đến nay đã có 5 dự án hoàn thành với khoảng 12.800 căn, đạt 42,7% chỉ tiêu; 3 dự án đang triển khai với gần 7.500 căn. Công đoàn các KCN hiện quản lý 4 nhà trọ "Mái ấm Công đoàn" với 1.260 chỗ ở, giá thuê từ 600.000 đến 800.000 đồng/người/tháng.

Cũng trong 6 tháng đầu năm, Công đoàn các KCN kết nạp 6.418 đoàn viên, thành lập 27 CĐCS, nâng tổng số đoàn viên lên 298.300 người tại 612 CĐCS; tỷ lệ đoàn viên/tổng số lao động đạt 81,7%. Hiện KCN VSIP Bắc Ninh II vẫn còn 2 doanh nghiệp chậm đóng kinh phí công đoàn.
"""

comments = [
    "Board of industrial parks site (Ban Quản lý các KCN tỉnh Bắc Ninh); byline + time + date dateline 'HOÀNG LINH 15:20, 16/07/2024'.",
    "Tab-separated table: rows are industrial parks (not places: location stays Bắc Ninh), columns 'Lao động (người)', 'Nữ (%)', 'Tỷ lệ đoàn viên (%)';",
    "period from the caption '(tính đến 30/6/2024)' above the table (inherited). '66,0' = 66.",
    "'lao động nữ chiếm 68,5%' after 'trong đó' and 'lao động ngoại tỉnh khoảng 60%' are percent figures of their own (no base count).",
    "'6 tháng đầu năm' takes 2024 from the earlier '30/6/2024'. '12.800 căn, đạt 42,7% chỉ tiêu' -> percent 42.7 (the plan 30.000 is its own target figure, another sentence).",
    "'Đến nay' ends at the dateline (start null). '298.300 người tại 612 CĐCS' take the sentence's '6 tháng đầu năm'.",
    "Distractors: dateline, 'cuối năm 2023' baseline, 'KCN VSIP Bắc Ninh II', KCN names, 'giai đoạn 2021-2025' as period.",
]

P306 = P("Tính đến 30/6/2024", None, "2024-06-30")
P306I = P("tính đến 30/6/2024", None, "2024-06-30", inherited=True)
P6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
PNOW = P("Đến nay", None, "2024-07-16")
figs = [
    F("Hơn 365 nghìn lao động", "365", 365000, "count", "lao động", "lao động làm việc tại các khu công nghiệp",
      approx="over"),
    F("thu hút 365.200 lao động", "365.200", 365200, "count", "lao động", "lao động tại các khu công nghiệp",
      change=C("increase", 4.8, "%", "cuối năm 2023"), period=P306),
    F("chiếm 68,5%", "68,5", 68.5, "percent", "%", "lao động nữ", period=P306),
    F("khoảng 60%", "60", 60, "percent", "%", "lao động ngoại tỉnh", approx="about", period=P306),
    F("ước đạt 8,7 triệu đồng/người/tháng", "8,7", 8.7e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của người lao động", status="estimate", period=P6),
]
rows = [("Tiên Sơn", "48.350", "71,2", "92,5"), ("VSIP Bắc Ninh", "41.900", "66,0", "88,1"),
        ("Đại Đồng - Hoàn Sơn", "22.640", "63,4", "79,3"), ("Nam Sơn - Hạp Lĩnh", "15.780", "58,9", "74,6")]
for label, n, nu, dv in rows:
    figs.append(F(f"{label}\t{n}\t", n, int(n.replace(".", "")), "count", "người", f"Lao động KCN {label}", period=P306I))
    figs.append(F(f"{n}\t{nu}\t", nu, float(nu.replace(",", ".")), "percent", "%", f"Nữ KCN {label}", period=P306I))
    figs.append(F(f"{nu}\t{dv}\n", dv, float(dv.replace(",", ".")), "percent", "%", f"Tỷ lệ đoàn viên KCN {label}",
                  period=P306I))
figs += [
    F("hoàn thành 30.000 căn", "30.000", 30000, "count", "căn", "nhà ở xã hội cho công nhân hoàn thành",
      status="target", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("có 5 dự án", "5", 5, "count", "dự án", "dự án nhà ở xã hội hoàn thành", period=PNOW),
    F("khoảng 12.800 căn", "12.800", 12800, "count", "căn", "căn nhà ở xã hội hoàn thành", approx="about",
      percent=42.7, period=PNOW),
    F("3 dự án", "3", 3, "count", "dự án", "dự án nhà ở xã hội đang triển khai", period=PNOW),
    F("gần 7.500 căn", "7.500", 7500, "count", "căn", "căn nhà ở xã hội đang triển khai", approx="nearly", period=PNOW),
    F("quản lý 4 nhà trọ", "4", 4, "count", "nhà trọ", "nhà trọ Mái ấm Công đoàn do Công đoàn các KCN quản lý"),
    F("1.260 chỗ ở", "1.260", 1260, "count", "chỗ ở", "chỗ ở tại nhà trọ Mái ấm Công đoàn"),
    F("từ 600.000 đến 800.000", "600.000", 600000, "money", "đồng/người/tháng", "giá thuê nhà trọ Mái ấm Công đoàn",
      value_max=800000),
    F("kết nạp 6.418 đoàn viên", "6.418", 6418, "count", "đoàn viên", "đoàn viên được kết nạp", period=P6),
    F("thành lập 27 CĐCS", "27", 27, "count", "CĐCS", "CĐCS thành lập mới", period=P6),
    F("lên 298.300 người", "298.300", 298300, "count", "người", "tổng số đoàn viên", period=P6),
    F("tại 612 CĐCS", "612", 612, "count", "CĐCS", "CĐCS tại các KCN", period=P6),
    F("đạt 81,7%", "81,7", 81.7, "percent", "%", "tỷ lệ đoàn viên/tổng số lao động", period=P6),
    F("còn 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp chậm đóng kinh phí công đoàn"),
]

build(8, text, comments, figs, published="2024-07-16", location="Bắc Ninh")
