"""p1434-4: ministry site (Bộ Tài nguyên và Môi trường): national iron ore output 2023, provinces, licences, imports, 2030 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Địa chất - Khoáng sản

Khai thác quặng sắt năm 2023 giảm gần 19%

22/02/2024 | 14:10 | Cục Khoáng sản Việt Nam

Theo Cục Khoáng sản Việt Nam, năm 2023, sản lượng quặng sắt khai thác của cả nước ước đạt 5,62 triệu tấn, giảm 18,6% so với năm 2022, chỉ bằng 56% công suất được cấp phép. Nguyên nhân chủ yếu là giá quặng thấp và nhu cầu của các lò cao trong nước giảm.

Ba địa phương có sản lượng lớn nhất lần lượt là Lào Cai (2,91 triệu tấn), Thái Nguyên (1,12 triệu tấn) và Yên Bái (648 nghìn tấn); riêng Lào Cai chiếm khoảng 52% sản lượng cả nước.

Hiện cả nước có 57 giấy phép khai thác quặng sắt còn hiệu lực, trong đó 12 giấy phép do Bộ Tài nguyên và Môi trường cấp. Tổng tiền cấp quyền khai thác quặng sắt phải nộp năm 2023 là hơn 410 tỷ đồng.

Cũng trong năm 2023, Việt Nam nhập khẩu 14,8 triệu tấn quặng sắt và tinh quặng, tăng 9,6% so với năm 2022, trị giá gần 1,72 tỷ USD; Australia và Brazil là hai thị trường cung cấp chính, chiếm tổng cộng trên 75% lượng nhập khẩu.

Theo Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (Quyết định số 866/QĐ-TTg), dự báo nhu cầu quặng sắt của ngành luyện kim đến năm 2030 khoảng 25-30 triệu tấn/năm; mục tiêu đến năm 2030 sản lượng khai thác trong nước đạt 10-12 triệu tấn/năm. Bộ sẽ rà soát, đưa ra khỏi quy hoạch các mỏ có trữ lượng dưới 1 triệu tấn, hiệu quả thấp.

Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội
"""

Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("giảm gần 19%", "19", 19, "percent", "%", approx="nearly",
        subject="khai thác quặng sắt", period=Y23H),
    fig("ước đạt 5,62 triệu", "5,62", 5.62e6, "measure", "tấn", status="estimate", percent=56,
        change=chg("decrease", 18.6, "%", "năm 2022"),
        subject="sản lượng quặng sắt khai thác của cả nước", period=Y23),
    fig("Ba địa phương", "Ba", 3, "count", "địa phương", optional=True,
        subject="địa phương có sản lượng lớn nhất"),
    fig("Lào Cai (2,91 triệu", "2,91", 2.91e6, "measure", "tấn", subject="sản lượng quặng sắt",
        period=inh(Y23), location="Lào Cai"),
    fig("Thái Nguyên (1,12 triệu", "1,12", 1.12e6, "measure", "tấn", subject="sản lượng quặng sắt",
        period=inh(Y23), location="Thái Nguyên"),
    fig("Yên Bái (648 nghìn", "648", 648e3, "measure", "tấn", subject="sản lượng quặng sắt",
        period=inh(Y23), location="Yên Bái"),
    fig("khoảng 52%", "52", 52, "percent", "%", approx="about",
        subject="tỷ trọng của Lào Cai trong sản lượng cả nước", period=inh(Y23), location="Lào Cai"),
    fig("có 57 giấy phép", "57", 57, "count", "giấy phép",
        subject="giấy phép khai thác quặng sắt còn hiệu lực"),
    fig("đó 12 giấy phép", "12", 12, "count", "giấy phép", total=57,
        subject="giấy phép do Bộ Tài nguyên và Môi trường cấp"),
    fig("hơn 410 tỷ", "410", 410e9, "money", "đồng", approx="over",
        subject="tổng tiền cấp quyền khai thác quặng sắt phải nộp", period=Y23),
    fig("khẩu 14,8 triệu", "14,8", 14.8e6, "measure", "tấn", change=chg("increase", 9.6, "%", "năm 2022"),
        subject="quặng sắt và tinh quặng nhập khẩu", period=Y23),
    fig("gần 1,72 tỷ", "1,72", 1.72e9, "money", "USD", approx="nearly",
        subject="trị giá nhập khẩu quặng sắt và tinh quặng", period=Y23),
    fig("là hai thị trường", "hai", 2, "count", "thị trường", optional=True,
        subject="thị trường cung cấp chính", period=Y23),
    fig("trên 75%", "75", 75, "percent", "%", approx="over",
        subject="tỷ trọng của Australia và Brazil trong lượng nhập khẩu", period=Y23),
    fig("khoảng 25-30 triệu", "25", 25e6, "measure", "tấn/năm", value_max=30e6, approx="about",
        status="forecast", subject="nhu cầu quặng sắt của ngành luyện kim", period=TO30),
    fig("đạt 10-12 triệu", "10", 10e6, "measure", "tấn/năm", value_max=12e6, status="target",
        subject="sản lượng khai thác trong nước", period=TO30),
    fig("dưới 1 triệu", "1", 1e6, "measure", "tấn", approx="under", optional=True,
        subject="trữ lượng các mỏ đưa ra khỏi quy hoạch"),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): breadcrumb, '22/02/2024 | 14:10 | Cục Khoáng sản Việt Nam', address footer.",
    "Distractors: time 14:10, Quyết định số 866/QĐ-TTg, 'thời kỳ 2021 - 2030', 'tầm nhìn đến năm 2050' (plan name), 'Số 10 Tôn Thất Thuyết'.",
    "National figures: location Việt Nam. The 'lần lượt' list: every item is a figure with the list's indicator as subject and the province",
    "as location; the list stands in its own sentence without a cue, so status actual and period 'năm 2023' inherited. 'Ba địa phương'",
    "(the head of a top-3 list) and 'hai thị trường' are optional, as 'Ba doanh nghiệp dẫn đầu' / '05 địa phương cao nhất' in other gold.",
    "'riêng Lào Cai chiếm khoảng 52% sản lượng cả nước' stands in its own clause after the list: a percent figure located in Lào Cai.",
    "'chỉ bằng 56% công suất được cấp phép' → percent 56 of the 5,62 triệu tấn. 'tăng 9,6% so với năm 2022' belongs to 14,8 triệu tấn.",
    "Australia and Brazil are trade partners: the 75% stays in Việt Nam. 'dưới 1 triệu tấn' is a threshold (optional, as 'trên 10 triệu",
    "người dùng' in the shared gold). 'đến năm 2030' → start null, end 2030-12-31; 'dự báo' → forecast, 'mục tiêu' → target.",
]

if __name__ == "__main__":
    write("p1434-4", TEXT, NOTES, FIGS, published="2024-02-22", location="Việt Nam")
