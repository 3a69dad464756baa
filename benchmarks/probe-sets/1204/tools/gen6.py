"""p1204-6: national newspaper, buoys of the Hải Phòng channels damaged by typhoon Yagi (September 2024)."""
from lib import emit, fig, per

TEXT = """Thời sự › Giao thông

Thứ Sáu, 13/9/2024, 16:05 (GMT+7)

43 phao báo hiệu luồng Hải Phòng hư hỏng sau bão Yagi

Bão số 3 (Yagi) đổ bộ chiều 7/9 làm 43 phao báo hiệu trên các luồng hàng hải khu vực Hải Phòng bị trôi dạt, mất đèn hoặc hư hỏng, trong đó 17 phao trôi khỏi vị trí thiết kế và 9 phao bị chìm.

Theo Tổng công ty Bảo đảm an toàn hàng hải miền Bắc, 5 đèn biển trong khu vực vẫn hoạt động, riêng đèn biển Hòn Dấu ở quận Đồ Sơn bị gió giật cấp 16 làm vỡ kính đèn và hỏng 18 tấm pin mặt trời, thiệt hại ước khoảng 1,2 tỷ đồng. Tổng thiệt hại với hệ thống báo hiệu trên địa bàn ước tính hơn 15 tỷ đồng.

Ông Nguyễn Văn Hưng, Phó tổng giám đốc, cho biết đơn vị đã huy động 5 tàu công tác, 2 tàu thả phao cùng hơn 120 cán bộ, công nhân làm việc xuyên đêm. Đến 17h ngày 12/9, đã khôi phục 31/43 phao, đạt 72%; dự kiến đến ngày 20/9 hoàn thành toàn bộ.

Trong thời gian khắc phục, Cảng vụ Hàng hải Hải Phòng tạm dừng hành trình ban đêm với tàu có mớn nước trên 7 m trên luồng Lạch Huyện; 26 tàu biển phải neo chờ tại vùng đón trả hoa tiêu. Luồng Lạch Huyện dài 17,5 km, chiều rộng đáy luồng 160 m, là tuyến chính dẫn tàu trọng tải lớn vào cảng cửa ngõ quốc tế Hải Phòng. Năm 2023, các cảng biển Hải Phòng đón hơn 33.000 lượt tàu, bình quân mỗi ngày khoảng 90 lượt.

Lê Tân
"""

ASOF = per("Đến 17h ngày 12/9", None, "2024-09-12")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
DS = "Đồ Sơn"

FIGS = [
    fig("43 phao báo hiệu luồng", "43", 43, "count", "phao báo hiệu",
        subject="phao báo hiệu luồng Hải Phòng hư hỏng sau bão Yagi"),
    fig("làm 43 phao", "43", 43, "count", "phao báo hiệu",
        subject="phao báo hiệu trên các luồng hàng hải bị trôi dạt, mất đèn hoặc hư hỏng"),
    fig("17 phao", "17", 17, "count", "phao", total=43, subject="phao trôi khỏi vị trí thiết kế"),
    fig("9 phao", "9", 9, "count", "phao", total=43, subject="phao bị chìm"),
    fig("5 đèn biển", "5", 5, "count", "đèn biển", subject="đèn biển trong khu vực vẫn hoạt động"),
    fig("cấp 16", "16", 16, "measure", "cấp", optional=True, subject="gió giật", location=DS),
    fig("hỏng 18 tấm", "18", 18, "count", "tấm pin mặt trời",
        subject="tấm pin mặt trời đèn biển Hòn Dấu bị hỏng", location=DS),
    fig("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại đèn biển Hòn Dấu", location=DS),
    fig("hơn 15 tỷ đồng", "15", 15e9, "money", "đồng", approx="over", status="estimate",
        subject="tổng thiệt hại với hệ thống báo hiệu"),
    fig("5 tàu công tác", "5", 5, "count", "tàu công tác", subject="tàu công tác được huy động"),
    fig("2 tàu thả phao", "2", 2, "count", "tàu thả phao", subject="tàu thả phao được huy động"),
    fig("hơn 120 cán bộ", "120", 120, "count", "cán bộ, công nhân", approx="over",
        subject="cán bộ, công nhân được huy động"),
    fig("31/43 phao", "31", 31, "count", "phao", total=43, percent=72, subject="phao được khôi phục", period=ASOF),
    fig("trên 7 m", "7", 7, "measure", "m", approx="over", optional=True, subject="mớn nước tàu"),
    fig("26 tàu biển", "26", 26, "count", "tàu biển", subject="tàu biển phải neo chờ"),
    fig("dài 17,5 km", "17,5", 17.5, "measure", "km", subject="chiều dài luồng Lạch Huyện"),
    fig("luồng 160 m", "160", 160, "measure", "m", subject="chiều rộng đáy luồng Lạch Huyện"),
    fig("hơn 33.000 lượt", "33.000", 33000, "count", "lượt tàu", approx="over",
        subject="lượt tàu đến các cảng biển Hải Phòng", period=Y23),
    fig("khoảng 90 lượt", "90", 90, "measure", "lượt/ngày", approx="about",
        subject="lượt tàu bình quân mỗi ngày", period=Y23),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 13/9/2024, 16:05 (GMT+7)' (published), byline 'Lê Tân' at the end. Location Hải Phòng;",
    "the Hòn Dấu lighthouse is placed in quận Đồ Sơn: its panels and damage take Đồ Sơn.",
    "Distractors: 'Bão số 3' (a storm's name), 'chiều 7/9', '17h ngày 12/9', 'ngày 20/9' (dates/times), '16:05', '(GMT+7)'.",
    "Optional: 'gió giật cấp 16' (a wind-scale level), 'mớn nước trên 7 m' (a category threshold).",
    "'31/43 phao, đạt 72%' → total 43, percent 72, as-of 12/9/2024. 'ước khoảng', 'ước tính hơn' → estimate. 'mỗi ngày khoảng 90 lượt' is a rate.",
    "The headline repeats the 43 buoys: annotated as its own figure (no period).",
]

if __name__ == "__main__":
    emit("p1204-6", TEXT, FIGS, NOTES, published="2024-09-13", location="Hải Phòng")
