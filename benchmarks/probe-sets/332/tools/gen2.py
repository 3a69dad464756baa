from lib import F, P, C, T, inh, emit, cell_anchor

TEXT = """Mường Lát đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát
Ngày đăng: 18/10/2024 | Lượt xem: 564

Thực hiện Kế hoạch số 214/KH-UBND ngày 12/8/2024 của UBND tỉnh Thanh Hóa, huyện Mường Lát được giao chỉ tiêu hỗ trợ 1.126 hộ nghèo, hộ cận nghèo xóa nhà tạm, nhà dột nát trong năm 2024. Tính đến ngày 30/9/2024, toàn huyện đã hoàn thành 684 căn, đạt 60,7% kế hoạch, tăng 412 căn so với cuối quý II/2024.

Kết quả thực hiện theo từng xã (tính đến 30/9/2024)
Đơn vị tính: căn
Xã | Số nhà kế hoạch | Xây mới | Sửa chữa | Đã hoàn thành | Tỷ lệ hoàn thành (%)
Mường Chanh | 214 | 168 | 46 | 152 | 71,0
Quang Chiểu | 187 | 150 | 37 | 118 | 63,1
Tam Chung | 256 | 201 | 55 | 139 | 54,3
Pù Nhi | 198 | 162 | 36 | 107 | 54,0
Nhi Sơn | 121 | 95 | 26 | 84 | 69,4
Trung Lý | 150 | 118 | 32 | 84 | 56,0

Nguồn kinh phí thực hiện gồm 33,78 tỷ đồng từ ngân sách trung ương và ngân sách tỉnh, 6,2 tỷ đồng do Ủy ban MTTQ tỉnh vận động; các đơn vị quân đội, đoàn viên thanh niên đã hỗ trợ hơn 4.500 ngày công vận chuyển vật liệu, tháo dỡ nhà cũ. Đối với những bản ở xa như Pù Đứa, Ca Giáng, chi phí vận chuyển vật liệu cao gấp 1,5-2 lần vùng thấp.

Huyện phấn đấu đến ngày 15/12/2024 hoàn thành 100% số nhà theo kế hoạch. Trong tháng 10, huyện tổ chức 3 đoàn kiểm tra tại các xã có tỷ lệ hoàn thành dưới 60%.

Mọi thông tin xin liên hệ Phòng Lao động - Thương binh và Xã hội huyện, điện thoại 0237.3590.018.

Phòng Văn hóa và Thông tin huyện
"""

Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASt = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
Y24t = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
DL = P("đến ngày 15/12/2024", None, "2024-12-15")
M10 = P("Trong tháng 10", "2024-10-01", "2024-10-31")

FIGS = [
    F("chỉ tiêu hỗ trợ 1.126 hộ", "1.126", 1126, "count", "hộ",
      "hộ nghèo, hộ cận nghèo xóa nhà tạm, nhà dột nát", Y24, status="target"),
    F("hoàn thành 684 căn", "684", 684, "count", "căn", "căn hoàn thành", AS, percent=60.7,
      change=C("increase", 412, "căn", "cuối quý II/2024")),
]

COLS = [("Số nhà kế hoạch", "căn", "target"), ("Xây mới", "căn", None), ("Sửa chữa", "căn", None),
        ("Đã hoàn thành", "căn", None), ("Tỷ lệ hoàn thành", "%", None)]
for row in ["Mường Chanh", "Quang Chiểu", "Tam Chung", "Pù Nhi", "Nhi Sơn", "Trung Lý"]:
    for k, (col, unit, status) in enumerate(COLS, start=1):
        anchor, num = cell_anchor(TEXT, row + " |", k, "|")
        v = float(num.replace(".", "").replace(",", "."))
        FIGS.append(F(anchor, num, v, "percent" if unit == "%" else "count", unit, col,
                      Y24t if status == "target" else ASt, status=status, location=row))

FIGS += [
    F("gồm 33,78 tỷ đồng", "33,78", 33.78e9, "money", "đồng", "kinh phí từ ngân sách trung ương và ngân sách tỉnh"),
    F("6,2 tỷ đồng do", "6,2", 6.2e9, "money", "đồng", "kinh phí do Ủy ban MTTQ tỉnh vận động"),
    F("hơn 4.500 ngày công", "4.500", 4500, "count", "ngày công",
      "ngày công vận chuyển vật liệu, tháo dỡ nhà cũ do quân đội, đoàn viên thanh niên hỗ trợ", approx="over"),
    F("gấp 1,5-2 lần", "1,5", 1.5, "multiple", "lần",
      "chi phí vận chuyển vật liệu ở bản xa so với vùng thấp", value_max=2),
    F("hoàn thành 100% số nhà", "100", 100, "percent", "%", "số nhà hoàn thành theo kế hoạch", DL, status="target"),
    F("tổ chức 3 đoàn kiểm tra", "3", 3, "count", "đoàn kiểm tra", "đoàn kiểm tra", M10, status="target",
      optional=True),
    F("hoàn thành dưới 60%", "60", 60, "percent", "%", approx="under", optional=True),
]

COMMENTS = [
    "District portal (huyện Mường Lát, Thanh Hóa): progress to 30/9/2024 with a flattened '|' table by commune.",
    "Dateline 'Ngày đăng: 18/10/2024 | Lượt xem: 564'. Distractors: 'Kế hoạch số 214/KH-UBND ngày 12/8/2024', counter, phone,",
    "'cuối quý II/2024' (a baseline), bản names. 'được giao chỉ tiêu' makes 1.126 a target. 684 carries its share of plan and the",
    "change in căn against end of Q2. Table: every numeric cell is a figure; commune row label = location, column label = subject,",
    "unit from 'Đơn vị tính: căn' except the '(%)' column; 'Số nhà kế hoạch' column = target (period năm 2024, inherited);",
    "other cells take the caption's 'tính đến 30/9/2024' (inherited, the caption is not their sentence). No totals for table cells.",
    "'Nguồn kinh phí ... gồm' has no whole figure before it: no total. 'gấp 1,5-2 lần' is a standalone multiple range.",
    "Planned '3 đoàn kiểm tra' and the selection threshold 'dưới 60%' are optional.",
]

if __name__ == "__main__":
    emit("p332-2", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Mường Lát")
