from lib import F, P, CH, TG, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN THƯỜNG TÍN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thường Tín, ngày 28 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm an toàn thực phẩm 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác quản lý cơ sở
Tính đến ngày 20/6/2024, trên địa bàn huyện có 2.846 cơ sở sản xuất, kinh doanh thực phẩm thuộc phân cấp quản lý của huyện và xã; trong đó 1.912 cơ sở đã được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm hoặc ký cam kết, đạt 67,2%.

2. Công tác thanh tra, kiểm tra
Trong 6 tháng đầu năm, UBND huyện thành lập 4 đoàn kiểm tra liên ngành; UBND 28 xã, thị trấn thành lập 28 đoàn kiểm tra. Kết quả kiểm tra theo loại hình cơ sở như sau:

Bảng 1. Kết quả kiểm tra cơ sở thực phẩm
Đơn vị tính: cơ sở
TT | Loại hình | Số cơ sở được kiểm tra | Số cơ sở đạt | Số cơ sở vi phạm | Tỷ lệ đạt (%)
1 | Sản xuất, chế biến | 86 | 71 | 15 | 82,6
2 | Kinh doanh thực phẩm | 412 | 365 | 47 | 88,6
3 | Dịch vụ ăn uống | 238 | 204 | 34 | 85,7
4 | Thức ăn đường phố | 175 | 149 | 26 | 85,1
 | Cộng | 911 | 789 | 122 | 86,6

Đã xử phạt vi phạm hành chính 37 cơ sở với tổng số tiền 186,5 triệu đồng; buộc tiêu hủy 320 kg thực phẩm không rõ nguồn gốc.

3. Giám sát ngộ độc thực phẩm
Trên địa bàn huyện không xảy ra ngộ độc thực phẩm tập thể. Trung tâm Y tế huyện đã lấy 156 mẫu thực phẩm xét nghiệm nhanh, trong đó 5 mẫu không đạt (3,2%).

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu 100% bếp ăn tập thể trường học được kiểm tra ít nhất 01 lần; tỷ lệ cơ sở được cấp giấy chứng nhận hoặc ký cam kết đạt trên 75% vào cuối năm 2024.

Nơi nhận:
- UBND thành phố Hà Nội;
- Sở Y tế Hà Nội;
- Lưu: VT, YT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
"""

ASOF = P("Tính đến ngày 20/6/2024", None, "2024-06-20")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_I = dict(H1, inherited=True)
END24 = P("vào cuối năm 2024", None, "2024-12-31")

ROWS = [
    ("Sản xuất, chế biến", ["86", "71", "15", "82,6"]),
    ("Kinh doanh thực phẩm", ["412", "365", "47", "88,6"]),
    ("Dịch vụ ăn uống", ["238", "204", "34", "85,7"]),
    ("Thức ăn đường phố", ["175", "149", "26", "85,1"]),
    ("Cộng", ["911", "789", "122", "86,6"]),
]
COLS = ["Số cơ sở được kiểm tra", "Số cơ sở đạt", "Số cơ sở vi phạm", "Tỷ lệ đạt"]


def num(s):
    v = float(s.replace(".", "").replace(",", "."))
    return int(v) if v.is_integer() else v


FIGS = [
    F("huyện có 2.846 cơ sở", "2.846", 2846, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh thực phẩm thuộc phân cấp quản lý của huyện và xã", period=ASOF),
    F("đó 1.912 cơ sở", "1.912", 1912, "count", "cơ sở",
      "cơ sở đã được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm hoặc ký cam kết", total=2846, percent=67.2,
      period=ASOF),
    F("thành lập 4 đoàn", "4", 4, "count", "đoàn", "đoàn kiểm tra liên ngành của UBND huyện", period=H1),
    F("UBND 28 xã", "28", 28, "count", "xã, thị trấn", opt=True),
    F("thành lập 28 đoàn", "28", 28, "count", "đoàn", "đoàn kiểm tra của UBND xã, thị trấn", period=H1),
]
for label, cells in ROWS:
    for j, (col, cell) in enumerate(zip(COLS, cells)):
        if j == 0:
            anchor = f"{label} | {cell} |"
        elif j < 3:
            anchor = f"| {cells[j - 1]} | {cell} |"
        else:
            anchor = f"| {cells[j - 1]} | {cell}\n"
        unit = "%" if j == 3 else "cơ sở"
        kind = "percent" if j == 3 else "count"
        FIGS.append(F(anchor, cell, num(cell), kind, unit, f"{col} {label}", period=H1_I))

FIGS += [
    F("xử phạt vi phạm hành chính 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", period=H1_I),
    F("186,5 triệu đồng", "186,5", 186500000, "money", "đồng", "tổng số tiền xử phạt", period=H1_I),
    F("320 kg", "320", 320, "measure", "kg", "thực phẩm không rõ nguồn gốc buộc tiêu hủy", period=H1_I),
    F("lấy 156 mẫu", "156", 156, "count", "mẫu", "mẫu thực phẩm xét nghiệm nhanh", period=H1_I),
    F("đó 5 mẫu", "5", 5, "count", "mẫu", "mẫu không đạt", total=156, percent=3.2, period=H1_I),
    F("Phấn đấu 100% bếp ăn", "100", 100, "percent", "%", "bếp ăn tập thể trường học được kiểm tra", status="target",
      period=P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inh=True)),
    F("ít nhất 01 lần", "01", 1, "count", "lần", approx="at_least", status="target", opt=True),
    F("đạt trên 75%", "75", 75, "percent", "%", "tỷ lệ cơ sở được cấp giấy chứng nhận hoặc ký cam kết", approx="over",
      status="target", period=END24),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Thường Tín, Hà Nội), 'Số: 215/BC-UBND', place-and-date line 'Thường Tín, ngày 28 tháng 6 năm 2024'.",
    "Distractors: document number, section numbers (I., 1., 2., II.), 'Bảng 1', table row numbers 1-4, 'Lưu: VT, YT', signatory's name.",
    "'Tính đến ngày 20/6/2024' as-of period; 1.912 after 'trong đó' total 2.846, 'đạt 67,2%' its percent.",
    "'Trong 6 tháng đầu năm' (year from the title/dateline) scored in its own sentence; table cells and later paragraphs inherit it.",
    "'UBND 28 xã, thị trấn' is a structure count: optional. '28 đoàn kiểm tra' is a figure.",
    "Flattened '|' table: every numeric cell is a figure, subject = column label + row label, unit from 'Đơn vị tính: cơ sở', the '(%)' column is percent.",
    "Row numbers are not figures; the 'Cộng' row cells are figures (no totals on table cells, as in set 205).",
    "Plan for the second half: '100%' target (period of the heading, inherited); 'ít nhất 01 lần' a frequency criterion (optional); 'trên 75% vào cuối năm 2024' target, over.",
]

build(3, TEXT, FIGS, COMMENTS, published="2024-06-28", location="Thường Tín")
