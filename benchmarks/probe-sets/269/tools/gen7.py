from lib import F, P, build
rows = [("Thành phố Đà Lạt", "Đà Lạt", ["98", "104", "2.315", "2.760"]),
        ("Thành phố Bảo Lộc", "Bảo Lộc", ["41", "44", "1.020", "1.198"]),
        ("Huyện Đức Trọng", "Đức Trọng", ["29", "31", "716", "805"]),
        ("Huyện Di Linh", "Di Linh", ["14", "16", "312", "367"]),
        ("Các huyện còn lại", None, ["37", "41", "521", "740"])]
cols = [("ATM", "2022"), ("ATM", "2023"), ("POS", "2022"), ("POS", "2023")]
head = """Phát triển mạng lưới ATM, POS trên địa bàn tỉnh Lâm Đồng
Ngày cập nhật: 05/03/2024

Theo Ngân hàng Nhà nước Chi nhánh tỉnh Lâm Đồng, đến ngày 31/12/2023, toàn tỉnh có 41 chi nhánh tổ chức tín dụng với 289 phòng giao dịch, 236 máy ATM và 5.870 máy POS, tăng 986 máy so với cuối năm 2022. Doanh số thanh toán qua POS năm 2023 đạt khoảng 9.650 tỷ đồng, trong đó thành phố Đà Lạt chiếm gần 62%.

Số lượng máy ATM, POS phân theo địa phương
Đơn vị tính: máy

Địa phương

ATM năm 2022

ATM năm 2023

POS năm 2022

POS năm 2023
"""
cells = []
for label, loc, vals in rows:
    cells.append(label)
    cells += vals
table = "\n" + "\n\n".join(cells) + "\n"
tail = """
Năm 2023, tổng số thẻ ngân hàng đang lưu hành trên địa bàn tỉnh đạt 1,46 triệu thẻ, tăng 9,8% so với năm 2022; trong đó thẻ ghi nợ nội địa chiếm 87,3%. Đến cuối năm 2023, tại chợ Đà Lạt có khoảng 1.200 tiểu thương sử dụng mã QR để nhận tiền.

Mạng lưới ATM, POS tập trung chủ yếu ở các đô thị và khu du lịch; nhiều xã vùng sâu của các huyện Đam Rông, Lạc Dương chưa có máy ATM. Năm 2024, tỉnh phấn đấu phát triển thêm ít nhất 1.000 máy POS; 100% điểm du lịch và chợ đêm trên địa bàn tỉnh chấp nhận thanh toán bằng mã QR.

Chi tiết liên hệ Phòng Thanh toán, số 36 Trần Phú, Phường 4, thành phố Đà Lạt.
"""
T = head + table + tail
p31 = P("đến ngày 31/12/2023", None, "2023-12-31")
p23 = P("năm 2023", "2023-01-01", "2023-12-31")
p24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
 F("có 41 chi nhánh", "41", 41, "count", "chi nhánh tổ chức tín dụng", "chi nhánh tổ chức tín dụng", period=p31),
 F("289 phòng giao dịch", "289", 289, "count", "phòng giao dịch", "phòng giao dịch", period=p31),
 F("236 máy ATM", "236", 236, "count", "máy ATM", "máy ATM", period=p31),
 F("5.870 máy POS", "5.870", 5870, "count", "máy POS", "máy POS",
   change={"direction": "increase", "value": 986, "unit": "máy", "baseline": "cuối năm 2022"}, period=p31),
 F("khoảng 9.650 tỷ đồng", "9.650", 9650e9, "money", "đồng", "doanh số thanh toán qua POS", approx="about", period=p23),
 F("gần 62%", "62", 62, "percent", "%", "tỷ trọng doanh số thanh toán qua POS", approx="nearly", period=p23, location="Đà Lạt"),
]
# table cells: anchor = cell + the next cell (or the text after the table)
flat = []
for label, loc, vals in rows:
    for (dev, yr), v in zip(cols, vals):
        flat.append((label, loc, dev, yr, v))
seq = [c for c in cells]
for i, (label, loc, dev, yr, v) in enumerate(flat):
    j = seq.index(label) + 1 + cols.index((dev, yr))
    nxt = seq[j + 1] if j + 1 < len(seq) else "\nNăm 2023, tổng"
    anchor = f"\n{v}\n\n{nxt}" if not nxt.startswith("\n") else f"\n{v}\n{nxt}"
    subj = f"Số lượng máy {dev} năm {yr}" + ("" if loc else " các huyện còn lại")
    kw = dict(period=P(f"{dev} năm {yr}", f"{yr}-01-01", f"{yr}-12-31"))
    if loc: kw["location"] = loc
    figs.append(F(anchor, v, float(v.replace(".", "")), "count", "máy", subj, **kw))
figs += [
 F("đạt 1,46 triệu thẻ", "1,46", 1.46e6, "count", "thẻ", "thẻ ngân hàng đang lưu hành", 
   change={"direction": "increase", "value": 9.8, "unit": "%", "baseline": "năm 2022"}, period=P("Năm 2023", "2023-01-01", "2023-12-31")),
 F("chiếm 87,3%", "87,3", 87.3, "percent", "%", "thẻ ghi nợ nội địa", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
 F("khoảng 1.200 tiểu thương", "1.200", 1200, "count", "tiểu thương", "tiểu thương tại chợ Đà Lạt sử dụng mã QR để nhận tiền", approx="about",
   period=P("Đến cuối năm 2023", None, "2023-12-31"), location="Đà Lạt"),
 F("ít nhất 1.000 máy POS", "1.000", 1000, "count", "máy POS", "máy POS phát triển thêm", approx="at_least", status="target", period=p24),
 F("; 100% điểm du lịch", "100", 100, "percent", "%", "điểm du lịch và chợ đêm chấp nhận thanh toán bằng mã QR", status="target", period=p24),
]
C = ["Cổng TTĐT tỉnh Lâm Đồng (province portal), 'Ngày cập nhật: 05/03/2024' without time: ATM/POS network to 31/12/2023.",
     "One-cell-per-line table 'Số lượng máy ATM, POS phân theo địa phương', 'Đơn vị tính: máy', columns ATM/POS năm 2022/2023: every numeric cell is a figure,",
     "district/city row labels go to location, subject = column label (+ 'các huyện còn lại' for the remainder row, location Lâm Đồng); period from the column year.",
     "Text: 'tăng 986 máy so với cuối năm 2022' is the change of 5.870 máy POS (unit máy). 'trong đó thành phố Đà Lạt chiếm gần 62%': a percent figure for Đà Lạt.",
     "Distractors: address 'số 36 Trần Phú, Phường 4', 'Ngày cập nhật' date, district names Đam Rông, Lạc Dương without numbers."]
build(7, T, figs, C, published="2024-03-05", location="Lâm Đồng")
