from lib import F, P, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH THỪA THIÊN HUẾ
Trang chủ / Tin tức / Quản lý năng lượng

Các hồ thủy điện vận hành an toàn trong đợt mưa lớn cuối tháng 10
Ngày cập nhật: 28/10/2024

Từ ngày 25 đến 27/10/2024, trên địa bàn tỉnh có mưa to đến rất to, tổng lượng mưa phổ biến từ 250 đến 450 mm, riêng trạm A Lưới đo được 612 mm. Thực hiện Quy trình vận hành liên hồ chứa trên lưu vực sông Hương, các hồ thủy điện đã điều tiết giảm lũ cho hạ du. Nhờ đó, đỉnh lũ tại trạm Kim Long được cắt giảm khoảng 30%.

Tình hình các hồ chứa lúc 7 giờ ngày 28/10/2024 như sau:
Đơn vị tính: mực nước (m), lưu lượng (m³/s)

Hồ chứa
Mực nước dâng bình thường
Mực nước hiện tại
Lưu lượng đến hồ
Lưu lượng xả
Thủy điện A Lưới
553
551,2
186
170
Thủy điện Hương Điền
58
56,7
1.420
1.380
Thủy điện Bình Điền
85
83,4
965
900

Trong đợt lũ, tổng lượng nước các hồ đã cắt, giảm lũ cho hạ du ước khoảng 245 triệu m³. Sở Công Thương đề nghị các chủ hồ duy trì mực nước thấp hơn mực nước dâng bình thường tối thiểu 1 m đến hết ngày 15/11 để đón lũ.

Từ đầu năm 2024 đến nay, Sở đã phối hợp kiểm tra 9/9 hồ chứa thủy điện và 24 hồ chứa thủy lợi; yêu cầu 4 chủ đập hoàn thành sửa chữa các hư hỏng trước ngày 30/11/2024. Trong tháng 10, Viện Vật lý địa cầu ghi nhận 1 trận động đất có độ lớn 2,7 độ richter tại khu vực hồ Tả Trạch, huyện Nam Đông, không ảnh hưởng đến công trình.

Ý kiến xin gửi về số 22 Nguyễn Văn Cừ, TP Huế; điện thoại 0234.3822.601.
"""

RAIN = P("Từ ngày 25 đến 27/10/2024", "2024-10-25", "2024-10-27")
RAINi = P("Từ ngày 25 đến 27/10/2024", "2024-10-25", "2024-10-27", inh=True)
D28i = P("lúc 7 giờ ngày 28/10/2024", "2024-10-28", "2024-10-28", inh=True)
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-10-28")
T10 = P("Trong tháng 10", "2024-10-01", "2024-10-31")

FIGS = [
    F("từ 250 đến 450 mm", "250", 250, "measure", "mm", "tổng lượng mưa", RAIN, value_max=450),
    F("đo được 612 mm", "612", 612, "measure", "mm", "lượng mưa tại trạm A Lưới", RAIN, location="A Lưới"),
    F("khoảng 30%", "30", 30, "percent", "%", "đỉnh lũ tại trạm Kim Long được cắt giảm", RAINi, approx="about"),
]
rows = [("A Lưới", "553", "551,2", "186", "170"), ("Hương Điền", "58", "56,7", "1.420", "1.380"),
        ("Bình Điền", "85", "83,4", "965", "900")]
def num(s):
    return float(s.replace(".", "").replace(",", "."))
for name, a, b, c, d in rows:
    h = f"Thủy điện {name}"
    FIGS.append(F(f"{h}\n{a}\n", a, num(a), "measure", "m", f"Mực nước dâng bình thường {h}"))
    FIGS.append(F(f"{a}\n{b}\n", b, num(b), "measure", "m", f"Mực nước hiện tại {h}", D28i))
    FIGS.append(F(f"{b}\n{c}\n", c, num(c), "measure", "m³/s", f"Lưu lượng đến hồ {h}", D28i))
    FIGS.append(F(f"{c}\n{d}\n", d, num(d), "measure", "m³/s", f"Lưu lượng xả {h}", D28i))
FIGS += [
    F("ước khoảng 245 triệu m³", "245", 245000000, "measure", "m³", "tổng lượng nước các hồ đã cắt, giảm lũ cho hạ du",
      RAINi, approx="about", status="estimate"),
    F("tối thiểu 1 m", "1", 1, "measure", "m", approx="at_least", optional=True),
    F("kiểm tra 9/9", "9", 9, "count", "hồ chứa thủy điện", "hồ chứa thủy điện được kiểm tra", YTD, total=9),
    F("và 24 hồ", "24", 24, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi được kiểm tra", YTD),
    F("yêu cầu 4 chủ đập", "4", 4, "count", "chủ đập", "chủ đập được yêu cầu hoàn thành sửa chữa hư hỏng", YTD),
    F("ghi nhận 1 trận", "1", 1, "count", "trận động đất", "trận động đất khu vực hồ Tả Trạch", T10, location="Nam Đông"),
    F("độ lớn 2,7 độ richter", "2,7", 2.7, "measure", "độ richter", "độ lớn động đất", T10, location="Nam Đông"),
]

COMMENTS = [
    "Department site (Sở Công Thương Thừa Thiên Huế): hydropower reservoir operation in the late-October 2024 flood. 'Ngày cập nhật: 28/10/2024' (no time).",
    "One-cell-per-line table (as h23): 'Đơn vị tính: mực nước (m), lưu lượng (m³/s)'; subject = column label + row label (the reservoir, not a place:",
    "'Thủy điện A Lưới' keeps the default location). The normal-level column is a design value: no period; the other cells take 'lúc 7 giờ ngày",
    "28/10/2024' from the caption line above (inherited). 'trạm A Lưới đo được 612 mm' measures rain in huyện A Lưới: location A Lưới.",
    "'đỉnh lũ … cắt giảm khoảng 30%' is a rate that is itself the claim (percent, no change), inherited period. 'ước khoảng' = estimate + about.",
    "'9/9 hồ' total 9. 'Trong tháng 10' = October 2024. Hồ Tả Trạch is in huyện Nam Đông (named). 'tối thiểu 1 m' is an operating rule: optional.",
    "Distractors: 'ngày 15/11', 'trước ngày 30/11/2024', address 'số 22 Nguyễn Văn Cừ', phone 0234.3822.601, '7 giờ'.",
]

emit("p419-7", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Thừa Thiên Huế")
