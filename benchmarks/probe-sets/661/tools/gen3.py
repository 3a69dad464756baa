from lib import F, P, inh, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện cơ giới hóa nông nghiệp 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Trang bị máy móc
Tính đến ngày 30/9/2024, toàn tỉnh có 14.620 máy nông nghiệp các loại, tăng 6,8% so với cùng kỳ năm 2023. Số lượng một số loại máy chủ yếu như sau:

Bảng 1. Số lượng máy nông nghiệp chủ yếu (đơn vị: chiếc)
Loại máy | Năm 2022 | Năm 2023 | 9 tháng 2024
Máy kéo trên 35 CV | 1.215 | 1.340 | 1.402
Máy gặt đập liên hợp | 1.086 | 1.152 | 1.198
Máy cấy | 74 | 96 | 121
Thiết bị bay phun thuốc | 38 | 85 | 142
Máy sấy lúa | 612 | 630 | 645

2. Mức độ cơ giới hóa
Tỷ lệ cơ giới hóa khâu làm đất đạt 100%; khâu gieo sạ, cấy đạt 85,6%; khâu chăm sóc, phun thuốc đạt 78%; khâu thu hoạch đạt 99,2%; khâu sấy đạt 70,5%, tăng 3,5% so với năm 2023.

3. Hỗ trợ và tín dụng
Trong 9 tháng, ngân sách tỉnh hỗ trợ mua 57 máy với tổng kinh phí 4,27 tỷ đồng, đạt 71,2% kế hoạch năm; các ngân hàng thương mại trên địa bàn giải ngân 312,5 tỷ đồng cho vay mua máy nông nghiệp, dư nợ đến 30/9/2024 đạt 486 tỷ đồng với 1.264 khách hàng còn dư nợ.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
1. Phấn đấu đến cuối năm 2024 hỗ trợ thêm 23 máy, nâng tỷ lệ cơ giới hóa khâu sấy lên 72%.
2. Dự kiến phối hợp Trường Cao đẳng Cộng đồng tỉnh mở 4 lớp đào tạo vận hành thiết bị bay cho khoảng 120 học viên.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
M9T = inh(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
ASOF = P("đến 30/9/2024", None, "2024-09-30")
M9S = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
EOY = P("đến cuối năm 2024", None, "2024-12-31")

rows = [
    ("Máy kéo trên 35 CV", ["1.215", "1.340", "1.402"]),
    ("Máy gặt đập liên hợp", ["1.086", "1.152", "1.198"]),
    ("Máy cấy", ["74", "96", "121"]),
    ("Thiết bị bay phun thuốc", ["38", "85", "142"]),
    ("Máy sấy lúa", ["612", "630", "645"]),
]
TABLE = []
for label, cells in rows:
    for i, (c, per, col) in enumerate(zip(cells, (Y22, Y23, M9), ("năm 2022", "năm 2023", "9 tháng 2024"))):
        if i == 0:
            anchor = f"{label} | {c}"
        else:
            anchor = f"| {cells[i - 1]} | {c}"
        TABLE.append(F(anchor, c, int(c.replace(".", "")), "count", "chiếc", f"{label} {col}", per))

FIGS = [
    F("có 14.620 máy", "14.620", 14620, "count", "máy nông nghiệp", "máy nông nghiệp các loại",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30"), change=CH("increase", 6.8, "%", "cùng kỳ năm 2023")),
    F("trên 35 CV", "35", 35, "measure", "CV", "công suất máy kéo", approx="over", optional=True),
] + TABLE + [
    F("làm đất đạt 100%", "100", 100, "percent", "%", "Tỷ lệ cơ giới hóa khâu làm đất", M9T),
    F("đạt 85,6%", "85,6", 85.6, "percent", "%", "tỷ lệ cơ giới hóa khâu gieo sạ, cấy", M9T),
    F("đạt 78%", "78", 78, "percent", "%", "tỷ lệ cơ giới hóa khâu chăm sóc, phun thuốc", M9T),
    F("đạt 99,2%", "99,2", 99.2, "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch", M9T),
    F("đạt 70,5%", "70,5", 70.5, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", M9T,
      change=CH("increase", 3.5, "%", "năm 2023")),
    F("mua 57 máy", "57", 57, "count", "máy", "máy được ngân sách tỉnh hỗ trợ mua", M9S),
    F("4,27 tỷ", "4,27", 4270000000, "money", "đồng", "tổng kinh phí ngân sách tỉnh hỗ trợ mua máy", M9S, percent=71.2),
    F("312,5 tỷ", "312,5", 312500000000, "money", "đồng", "giải ngân cho vay mua máy nông nghiệp", M9S),
    F("486 tỷ", "486", 486000000000, "money", "đồng", "dư nợ cho vay mua máy nông nghiệp", ASOF),
    F("1.264 khách hàng", "1.264", 1264, "count", "khách hàng", "khách hàng còn dư nợ", ASOF),
    F("thêm 23 máy", "23", 23, "count", "máy", "máy hỗ trợ thêm", EOY, status="target"),
    F("lên 72%", "72", 72, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", EOY, status="target"),
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp đào tạo vận hành thiết bị bay", inh(P("QUÝ IV/2024", "2024-10-01", "2024-12-31")),
      status="forecast"),
    F("khoảng 120 học viên", "120", 120, "count", "học viên", "học viên đào tạo vận hành thiết bị bay",
      inh(P("QUÝ IV/2024", "2024-10-01", "2024-12-31")), approx="about", status="forecast"),
]

COMMENTS = [
    "Probe 661-3. Formal report under a letterhead (UBND tỉnh Hậu Giang, Số: 187/BC-UBND, 'Hậu Giang, ngày 08 tháng 10 năm 2024').",
    "Flattened '|' table (Loại máy | Năm 2022 | Năm 2023 | 9 tháng 2024), unit from the title '(đơn vị: chiếc)'; periods from column headers (scored).",
    "'trên 35 CV' in a row label is a threshold: optional. Section numbers (I., 1., II.), 'Bảng 1', doc number, 'QUÝ IV/2024' heading are not figures.",
    "Rates in section 2 take the report's '9 tháng năm 2024' (title, inherited). '70,5%, tăng 3,5% so với năm 2023': the 3,5% is its change.",
    "'4,27 tỷ đồng, đạt 71,2% kế hoạch năm' → percent 71.2. 'dư nợ đến 30/9/2024' is an as-of period for 486 tỷ and 1.264 khách hàng.",
    "Section II: item 1 'Phấn đấu' → target; item 2 'Dự kiến' → forecast; period from the 'QUÝ IV/2024' heading (inherited).",
]

if __name__ == "__main__":
    emit("p661-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hậu Giang")
