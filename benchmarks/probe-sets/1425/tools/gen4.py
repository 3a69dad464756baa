"""p1425-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national rice-shrimp area 2023, leading provinces, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Phát triển bền vững mô hình lúa - tôm vùng Đồng bằng sông Cửu Long

22/03/2024 | 14:30 | Cục Trồng trọt

Ngày 21/3, tại TP Rạch Giá (Kiên Giang), Bộ Nông nghiệp và PTNT tổ chức hội nghị thúc đẩy sản xuất lúa - tôm bền vững.

Theo báo cáo của Cục Trồng trọt, năm 2023 diện tích lúa - tôm cả nước đạt khoảng 198.000 ha, tăng gần 20.000 ha so với năm 2020, tập trung tại 5 tỉnh ven biển gồm Cà Mau, Kiên Giang, Bạc Liêu, Sóc Trăng và Trà Vinh. Trong đó, Kiên Giang dẫn đầu (96.500 ha), Cà Mau đứng thứ hai (45.300 ha), tiếp đến là Bạc Liêu (40.100 ha).

Năng suất tôm trên đất lúa bình quân đạt 300-400 kg/ha, sản lượng tôm ước đạt khoảng 65 nghìn tấn/năm. Lợi nhuận bình quân từ 50 đến 100 triệu đồng/ha, cao hơn 1,5 lần so với trồng lúa thuần.

Đáng chú ý, diện tích lúa - tôm được chứng nhận hữu cơ, ASC hoặc VietGAP mới đạt 14.200 ha, chiếm 7,2% tổng diện tích. Gạo hữu cơ từ đất lúa - tôm xuất khẩu sang EU, Mỹ có giá 1.100-1.300 USD/tấn, cao gấp đôi gạo trắng thông thường.

Phó Cục trưởng Cục Trồng trọt Lê Minh Quang cho biết mục tiêu đến năm 2030, diện tích lúa - tôm cả nước duy trì ổn định 200.000 ha, trong đó ít nhất 50.000 ha đạt chứng nhận hữu cơ hoặc tương đương; tỷ lệ diện tích có hợp đồng liên kết tiêu thụ đạt trên 40%.

Để đạt mục tiêu, Bộ đề nghị các địa phương rà soát quy hoạch theo Quyết định số 287/QĐ-TTg về quy hoạch vùng ĐBSCL thời kỳ 2021-2030, đầu tư cống ngăn mặn, thủy lợi nội đồng. Hiện Bộ đang phối hợp với 4 viện nghiên cứu chọn tạo giống lúa chịu mặn như ST24, ST25.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
A = "diện tích lúa - tôm"

FIGS = [
    fig("khoảng 198.000 ha", "198.000", 198000, "measure", "ha", approx="about",
        change=chg("increase", 20000, "ha", "năm 2020", approx="nearly"),
        subject="diện tích lúa - tôm cả nước", period=Y23),
    fig("tại 5 tỉnh", "5", 5, "count", "tỉnh", subject="tỉnh ven biển tập trung diện tích lúa - tôm", period=Y23),
    fig("(96.500 ha)", "96.500", 96500, "measure", "ha", total=198000, subject=A, period=inh(Y23),
        location="Kiên Giang"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject=A, period=inh(Y23), location="Cà Mau"),
    fig("(45.300 ha)", "45.300", 45300, "measure", "ha", total=198000, subject=A, period=inh(Y23),
        location="Cà Mau"),
    fig("(40.100 ha)", "40.100", 40100, "measure", "ha", total=198000, subject=A, period=inh(Y23),
        location="Bạc Liêu"),
    fig("đạt 300-400 kg/ha", "300", 300, "measure", "kg/ha", value_max=400,
        subject="năng suất tôm trên đất lúa bình quân"),
    fig("khoảng 65 nghìn", "65", 65000, "measure", "tấn/năm", approx="about", status="estimate",
        subject="sản lượng tôm"),
    fig("từ 50 đến 100 triệu", "50", 50e6, "money", "đồng/ha", value_max=100e6,
        change=chg("increase", 1.5, "lần", "trồng lúa thuần"), subject="lợi nhuận bình quân"),
    fig("đạt 14.200 ha", "14.200", 14200, "measure", "ha", percent=7.2,
        subject="diện tích lúa - tôm được chứng nhận hữu cơ, ASC hoặc VietGAP"),
    fig("giá 1.100-1.300 USD", "1.100", 1100, "money", "USD/tấn", value_max=1300,
        change=chg("increase", 2, "lần", "gạo trắng thông thường"),
        subject="giá gạo hữu cơ từ đất lúa - tôm xuất khẩu sang EU, Mỹ"),
    fig("định 200.000 ha", "200.000", 200000, "measure", "ha", status="target",
        subject="diện tích lúa - tôm cả nước", period=T30),
    fig("ít nhất 50.000 ha", "50.000", 50000, "measure", "ha", approx="at_least", total=200000, status="target",
        subject="diện tích đạt chứng nhận hữu cơ hoặc tương đương", period=T30),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
        subject="tỷ lệ diện tích có hợp đồng liên kết tiêu thụ", period=T30),
    fig("với 4 viện", "4", 4, "count", "viện nghiên cứu",
        subject="viện nghiên cứu phối hợp chọn tạo giống lúa chịu mặn"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/03/2024 | 14:30 | Cục Trồng trọt', address footer.",
    "Distractors: 14:30, 'Ngày 21/3', Quyết định số 287/QĐ-TTg, 'thời kỳ 2021-2030', ST24, ST25, 'Số 2 Ngọc Hà', phone 024.3846.8161, baseline năm 2020.",
    "National figures → Việt Nam; the meeting place 'TP Rạch Giá (Kiên Giang)' is not the place of any figure.",
    "'5 tỉnh ven biển gồm Cà Mau, ...' is a count of provinces (Việt Nam); the named list does not make it provincial.",
    "'Trong đó' after a sentence break: the bracketed provincial areas are parts of 198.000 ha (total), located in their province;",
    "'Cà Mau đứng thứ hai' → rank 2 (number word) in Cà Mau. Period năm 2023 inherited from the previous sentence (not scored).",
    "'ước đạt khoảng 65 nghìn tấn/năm' → estimate + about, nghìn applied. 'ước' stands after 300-400 kg/ha, so that figure stays actual.",
    "'cao hơn 1,5 lần', 'cao gấp đôi' are changes in 'lần'. 'mục tiêu đến năm 2030' governs the whole sentence (three targets).",
    "'Hiện Bộ đang phối hợp với 4 viện' → actual count, no period.",
]

if __name__ == "__main__":
    write("p1425-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
