"""p1340-2: district portal (huyện Thái Thụy, Thái Bình): a revetment on đê biển số 8, district dyke figures."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THÁI THỤY - TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Khởi công kè chống sạt lở đê biển số 8 qua xã Thụy Xuân

22/03/2024 - 08:30

Sáng 21/3, UBND huyện Thái Thụy phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh khởi công dự án kè chống sạt lở bảo vệ đê biển số 8, đoạn từ K27+500 đến K30+200 qua xã Thụy Xuân.

Dự án có tổng mức đầu tư 96,8 tỷ đồng từ nguồn ngân sách tỉnh, gồm các hạng mục: kè lát mái phía biển dài 2,7 km, 14 mỏ hàn giảm sóng và cứng hóa mặt đê rộng 5 m. Thời gian thi công dự kiến 18 tháng, hoàn thành trong quý III/2025.

Theo ông Phạm Văn Hưng, Phó Chủ tịch UBND huyện, tuyến đê biển số 8 dài 14,5 km, nhiều năm nay chịu tác động trực tiếp của sóng và triều cường. Năm 2023, có 3 đoạn với tổng chiều dài khoảng 850 m bị sạt lở mái kè, bãi trước đê bị hạ thấp từ 0,5 đến 0,8 m.

Thái Thụy là huyện có chiều dài đê biển lớn thứ hai của tỉnh, với 27,3 km đê biển và 38 km đê cửa sông. Năm nay, huyện được phân bổ 4,2 tỷ đồng kinh phí duy tu, bảo dưỡng đê điều, bằng 105% năm trước. Năm 2023, huyện trồng được 14,5 ha rừng ngập mặn, vượt 20% kế hoạch; đã huy động hơn ba nghìn lượt người ra quân phát quang, làm sạch mái đê.

Tin khác:
- Thụy Trường tổ chức Hội nghị nhân dân năm 2024
- Hướng dẫn kê khai đất đai đợt 1

Địa chỉ: Số 2 đường Ngô Quang Bích, thị trấn Diêm Điền, huyện Thái Thụy
Điện thoại: 0227.3853.112
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tư 96,8 tỷ", "96,8", 96.8e9, "money", "đồng",
        subject="tổng mức đầu tư dự án kè chống sạt lở bảo vệ đê biển số 8"),
    fig("dài 2,7 km", "2,7", 2.7, "measure", "km", subject="chiều dài kè lát mái phía biển"),
    fig("14 mỏ hàn", "14", 14, "count", "mỏ hàn", subject="mỏ hàn giảm sóng"),
    fig("rộng 5 m", "5", 5, "measure", "m", subject="chiều rộng mặt đê cứng hóa"),
    fig("dự kiến 18 tháng", "18", 18, "measure", "tháng", status="forecast", subject="thời gian thi công"),
    fig("dài 14,5 km", "14,5", 14.5, "measure", "km", subject="chiều dài tuyến đê biển số 8"),
    fig("có 3 đoạn", "3", 3, "count", "đoạn", subject="đoạn bị sạt lở mái kè", period=Y23),
    fig("khoảng 850 m", "850", 850, "measure", "m", approx="about",
        subject="tổng chiều dài các đoạn bị sạt lở mái kè", period=Y23),
    fig("từ 0,5 đến 0,8 m", "0,5", 0.5, "measure", "m", value_max=0.8,
        subject="mức hạ thấp bãi trước đê", period=Y23),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng", subject="chiều dài đê biển"),
    fig("với 27,3 km", "27,3", 27.3, "measure", "km", subject="đê biển"),
    fig("38 km", "38", 38, "measure", "km", subject="đê cửa sông"),
    fig("phân bổ 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", percent=105,
        subject="kinh phí duy tu, bảo dưỡng đê điều được phân bổ", period=NOW),
    fig("được 14,5 ha", "14,5", 14.5, "measure", "ha",
        change=chg("increase", 20, "%", "kế hoạch"), subject="rừng ngập mặn trồng được", period=Y23),
    fig("hơn ba nghìn", "ba", 3000, "count", "lượt người", approx="over",
        subject="lượt người ra quân phát quang, làm sạch mái đê", period=Y23),
]

NOTES = [
    "District portal (huyện Thái Thụy, Thái Bình): banner, menu, '22/03/2024 - 08:30' under the headline, 'Tin khác', address footer.",
    "Distractors: 'đê biển số 8' (twice, a name), chainages 'K27+500', 'K30+200', 'Sáng 21/3', 'quý III/2025', 'năm 2024' in a link,",
    "'đợt 1', 'Số 2 đường Ngô Quang Bích', phone 0227.3853.112, 08:30.",
    "'gồm các hạng mục' lists items of different kinds: no total. 'Thời gian thi công dự kiến 18 tháng' is the claim itself",
    "(not a duration locating another figure): measure, forecast.",
    "'bãi trước đê bị hạ thấp từ 0,5 đến 0,8 m' is the lowering itself: a range, no change object.",
    "'lớn thứ hai của tỉnh' → rank 2 of the district (location Thái Thụy). 'Năm nay' → 2024 (published).",
    "'bằng 105% năm trước' → percent attribute; 'vượt 20% kế hoạch' → change with baseline 'kế hoạch'.",
    "'hơn ba nghìn lượt người' → number word with multiplier, 3000, over; period Năm 2023 (same sentence, after ';').",
]

if __name__ == "__main__":
    write("p1340-2", TEXT, NOTES, FIGS, published="2024-03-22", location="Thái Thụy")
