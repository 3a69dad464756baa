"""p1225-4: ministry site (Bộ Tài nguyên và Môi trường), national results of rare earth assessment."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Địa chất - Khoáng sản
Ngày đăng: 07/09/2023 | Lượt xem: 3.862

Công bố kết quả điều tra, đánh giá tiềm năng đất hiếm Việt Nam

Ngày 6/9, tại Hà Nội, Cục Địa chất Việt Nam tổ chức hội thảo công bố kết quả đề án điều tra, đánh giá tổng thể tiềm năng khoáng sản đất hiếm phục vụ quy hoạch.

Theo kết quả điều tra, cả nước đã phát hiện 21 mỏ và điểm mỏ đất hiếm, trong đó 13 mỏ đã được thăm dò, đánh giá trữ lượng. Tổng tài nguyên dự báo khoảng 22 triệu tấn TR2O3, xếp thứ hai thế giới sau Trung Quốc; riêng trữ lượng đã được phê duyệt đạt 3,5 triệu tấn TR2O3.

Các mỏ đất hiếm gốc tập trung ở vùng Tây Bắc, lớn nhất là Nậm Xe, Đông Pao (Lai Châu), Yên Phú (Yên Bái) và Mường Hum (Lào Cai) với tài nguyên lần lượt khoảng 7,7 triệu tấn, 5,2 triệu tấn, 1,2 triệu tấn và 0,9 triệu tấn. Ngoài ra, đất hiếm trong sa khoáng ven biển (monazit, xenotim) phân bố tại 7 tỉnh từ Thanh Hóa đến Bình Thuận.

Hiện Bộ đã cấp 5 giấy phép khai thác đất hiếm với tổng công suất khoảng 540.000 tấn quặng/năm. Năm 2022, sản lượng tinh quặng đất hiếm cả nước đạt 4.300 tấn, tăng gấp 2,3 lần so với năm 2020; kim ngạch xuất khẩu đạt 18,6 triệu USD.

Theo Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021 - 2030 (Quyết định số 866/QĐ-TTg ngày 18/7/2023), đến năm 2030 sẽ thực hiện thêm 10 đề án thăm dò đất hiếm; sản lượng khai thác đạt từ 2 đến 2,1 triệu tấn quặng/năm, chế biến 20.000 - 60.000 tấn TR2O3/năm.

Cục Địa chất Việt Nam
Địa chỉ: Số 6 Phạm Ngũ Lão, Hoàn Kiếm, Hà Nội | Điện thoại: 024.38260674
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
RES = "tài nguyên đất hiếm"

FIGS = [
    fig("phát hiện 21 mỏ", "21", 21, "count", "mỏ và điểm mỏ",
        subject="mỏ và điểm mỏ đất hiếm đã phát hiện"),
    fig("trong đó 13 mỏ", "13", 13, "count", "mỏ", total=21,
        subject="mỏ đã được thăm dò, đánh giá trữ lượng"),
    fig("khoảng 22 triệu", "22", 22e6, "measure", "tấn", approx="about",
        subject="tổng tài nguyên đất hiếm dự báo"),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="tài nguyên đất hiếm trên thế giới"),
    fig("đạt 3,5 triệu", "3,5", 3.5e6, "measure", "tấn", subject="trữ lượng đất hiếm đã được phê duyệt"),
    fig("khoảng 7,7 triệu", "7,7", 7.7e6, "measure", "tấn", approx="about", subject=RES, location="Lai Châu"),
    fig("5,2 triệu tấn", "5,2", 5.2e6, "measure", "tấn", approx="about", subject=RES, location="Lai Châu"),
    fig("1,2 triệu tấn và", "1,2", 1.2e6, "measure", "tấn", approx="about", subject=RES, location="Yên Bái"),
    fig("0,9 triệu tấn", "0,9", 0.9e6, "measure", "tấn", approx="about", subject=RES, location="Lào Cai"),
    fig("tại 7 tỉnh", "7", 7, "count", "tỉnh",
        subject="tỉnh có đất hiếm trong sa khoáng ven biển"),
    fig("cấp 5 giấy phép", "5", 5, "count", "giấy phép", subject="giấy phép khai thác đất hiếm đã cấp"),
    fig("khoảng 540.000 tấn", "540.000", 540000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất khai thác"),
    fig("đạt 4.300 tấn", "4.300", 4300, "measure", "tấn", change=chg("increase", 2.3, "lần", "năm 2020"),
        subject="sản lượng tinh quặng đất hiếm", period=Y22),
    fig("18,6 triệu", "18,6", 18.6e6, "money", "USD", subject="kim ngạch xuất khẩu đất hiếm", period=Y22),
    fig("thêm 10 đề án", "10", 10, "count", "đề án", status="target",
        subject="đề án thăm dò đất hiếm thực hiện thêm", period=T30),
    fig("từ 2 đến 2,1 triệu", "2", 2e6, "measure", "tấn/năm", value_max=2.1e6, status="target",
        subject="sản lượng khai thác quặng đất hiếm", period=T30),
    fig("20.000 - 60.000", "20.000", 20000, "measure", "tấn/năm", value_max=60000, status="target",
        subject="chế biến TR2O3", period=T30),
]

NOTES = [
    "Ministry site (Bộ TN&MT): national results; 'Ngày đăng: 07/09/2023 | Lượt xem: 3.862' (published). Default location Việt Nam.",
    "Distractors: view counter, 'Ngày 6/9', 'TR2O3', 'thời kỳ 2021 - 2030' (the plan's name), 'Quyết định số 866/QĐ-TTg ngày 18/7/2023',",
    "'Số 6 Phạm Ngũ Lão', phone 024.38260674. 'tài nguyên dự báo' names a resource class (an adjective in a noun phrase), not a",
    "forecast of the future: status actual. 'xếp thứ hai thế giới' is a rank. The mine list 'lần lượt khoảng ...' shares 'khoảng' and",
    "the indicator 'tài nguyên'; each mine's province (in brackets) is its location (these are not places listed after a national count).",
    "'tăng gấp 2,3 lần so với năm 2020' is the change of 4.300 tấn. 'từ 2 đến 2,1 triệu' → 2e6..2.1e6 (the multiplier applies to both).",
    "'đến năm 2030 sẽ ...' → targets with period end 2030-12-31. '7 tỉnh từ Thanh Hóa đến Bình Thuận' is a national count.",
]

if __name__ == "__main__":
    write("p1225-4", TEXT, NOTES, FIGS, published="2023-09-07", location="Việt Nam")
