"""p1318-5: provincial Party newspaper (Báo Đà Nẵng): child car seats selling fast before the new law."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐÀ NẴNG
Xã hội | Giao thông

Ghế ô tô cho trẻ em hút khách trước khi luật mới có hiệu lực

Thứ Năm, 26/12/2024, 07:45

Luật Trật tự, an toàn giao thông đường bộ có hiệu lực từ ngày 1/1/2025 quy định trẻ em dưới 10 tuổi và chiều cao dưới 1,35 m không được ngồi cùng hàng ghế với người lái xe ô tô. Nhiều phụ huynh tại Đà Nẵng đã tìm mua ghế ngồi chuyên dụng cho con.

(ĐNO) - Tại cửa hàng đồ sơ sinh Bống Bang trên đường Nguyễn Văn Linh (quận Thanh Khê), chị Trần Thị Mỹ Hạnh, chủ cửa hàng, cho biết từ đầu tháng 12/2024 đến nay cửa hàng bán được khoảng 140 chiếc ghế ngồi ô tô cho trẻ em, gấp 4 lần cả tháng 11. Những tháng trước, mỗi tháng cửa hàng chỉ bán 30-35 chiếc. Giá mỗi chiếc từ 1,8 triệu đến 12 triệu đồng tùy loại; dòng ghế xoay có chốt ISOFIX được ưa chuộng nhất, chiếm gần 40% doanh số.

Khảo sát của phóng viên tại 6 cửa hàng ở các quận Hải Châu, Thanh Khê và Sơn Trà cho thấy sức mua ghế ngồi cho trẻ em tăng 2-3 lần so với trước; một số mẫu nhập khẩu như Joie i-Spin 360 đã tạm hết hàng.

Anh Lê Quang Thịnh, nhân viên văn phòng, cho biết gia đình có hai con nhỏ nên đã mua hai ghế với tổng số tiền 7,6 triệu đồng. "Trước đây tôi nghĩ bế con ngồi ghế trước là an toàn, giờ mới biết chỉ một cú phanh gấp cũng đủ làm trẻ văng khỏi tay người lớn", anh Thịnh nói.

Theo Ban An toàn giao thông thành phố, Đà Nẵng hiện có hơn 98.000 ô tô con đăng ký, nhưng ước tính chỉ khoảng 12% gia đình có trẻ nhỏ sử dụng ghế ngồi chuyên dụng. Năm 2025, Ban dự kiến phối hợp với các trường mầm non tổ chức 20 buổi tuyên truyền về an toàn cho trẻ khi đi ô tô.

THANH VÂN
"""

DEC = per("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2024-12-26")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TK = "Thanh Khê"

FIGS = [
    fig("trẻ em dưới 10 tuổi", "10", 10, "measure", "tuổi", approx="under", optional=True),
    fig("dưới 1,35 m", "1,35", 1.35, "measure", "m", approx="under", optional=True),
    fig("khoảng 140 chiếc", "140", 140, "count", "chiếc", approx="about",
        change=chg("increase", 4, "lần", "cả tháng 11"), subject="ghế ngồi ô tô cho trẻ em cửa hàng bán được",
        period=DEC, location=TK),
    fig("bán 30-35 chiếc", "30", 30, "measure", "chiếc/tháng", value_max=35,
        subject="ghế cửa hàng bán mỗi tháng những tháng trước", location=TK),
    fig("từ 1,8 triệu", "1,8", 1.8e6, "money", "đồng/chiếc", value_max=12e6, subject="giá mỗi chiếc ghế",
        location=TK),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="dòng ghế xoay có chốt ISOFIX trong doanh số", location=TK),
    fig("tại 6 cửa hàng", "6", 6, "count", "cửa hàng", subject="cửa hàng phóng viên khảo sát"),
    fig("tăng 2-3 lần", "2", 2, "multiple", "lần", value_max=3, subject="sức mua ghế ngồi cho trẻ em"),
    fig("có hai con", "hai", 2, "count", "con", optional=True),
    fig("mua hai ghế", "hai", 2, "count", "ghế", subject="ghế gia đình anh Thịnh mua"),
    fig("tiền 7,6 triệu", "7,6", 7.6e6, "money", "đồng", subject="tổng số tiền mua hai ghế"),
    fig("hơn 98.000 ô tô", "98.000", 98000, "count", "ô tô con", approx="over", subject="ô tô con đăng ký"),
    fig("khoảng 12%", "12", 12, "percent", "%", approx="about", status="estimate",
        subject="gia đình có trẻ nhỏ sử dụng ghế ngồi chuyên dụng"),
    fig("tổ chức 20 buổi", "20", 20, "count", "buổi", status="forecast",
        subject="buổi tuyên truyền về an toàn cho trẻ khi đi ô tô", period=Y25),
]

NOTES = [
    "Provincial Party newspaper (Báo Đà Nẵng): section, 'Thứ Năm, 26/12/2024, 07:45', sapo, tag '(ĐNO) -', byline at the end.",
    "Distractors: 'ngày 1/1/2025' (effective date), 'Joie i-Spin 360' (product name), 'một cú phanh gấp' (a hypothetical, the",
    "article 'một'), time 07:45. 'dưới 10 tuổi', 'dưới 1,35 m' are the law's thresholds (optional); 'hai con nhỏ' is family detail (optional).",
    "The shop passage is placed in quận Thanh Khê: its figures get location Thanh Khê; the survey of 6 shops in three quận and the",
    "city figures stay Đà Nẵng. 'từ đầu tháng 12/2024 đến nay' ends at the dateline. 'gấp 4 lần cả tháng 11' → change 4 lần.",
    "'mỗi tháng ... 30-35 chiếc' is a rate (chiếc/tháng); 'Giá mỗi chiếc từ 1,8 triệu đến 12 triệu đồng' → money range, đồng/chiếc.",
    "'sức mua ... tăng 2-3 lần so với trước' stands alone as the claim: multiple 2-3. 'ước tính chỉ khoảng 12%' → estimate, about.",
]

if __name__ == "__main__":
    write("p1318-5", TEXT, NOTES, FIGS, published="2024-12-26", location="Đà Nẵng")
