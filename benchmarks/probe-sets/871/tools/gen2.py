"""p871-2: huyện Krông Pắc (Đắk Lắk) district portal, eye screening and free glasses in 5 communes, April 2024."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Trang chủ » Tin tức » Giáo dục - Y tế
Khám mắt, tặng kính cho học sinh vùng đồng bào dân tộc thiểu số
Thứ Năm, 18/04/2024 - 10:05

Từ ngày 08/4 đến 16/4, Trung tâm Y tế huyện phối hợp với Dự án "Ánh sáng học đường" tổ chức khám mắt, đo khúc xạ cho học sinh 14 trường tiểu học và THCS tại 5 xã Ea Kly, Ea Kuăng, Vụ Bổn, Ea Hiu và Hòa Tiến.

Kết quả, có 4.218 học sinh được khám, trong đó học sinh dân tộc thiểu số chiếm 41,6%. Số em mắc tật khúc xạ là 512 em, chiếm 12,1%, thấp hơn nhiều so với khu vực thị trấn Phước An (khoảng 22%). Xã Ea Kly phát hiện nhiều nhất với 138 em; xã Vụ Bổn ít nhất với 61 em. Đáng chú ý, có 46 em bị nhược thị và 19 em bị lác cần can thiệp sớm. Riêng Trường Tiểu học số 2 Ea Kly có 37 em phải đeo kính.

Dự án đã cấp miễn phí 455 kính cho các em có chỉ định đeo kính, mỗi kính trị giá từ 350.000 đến 500.000 đồng; tổng kinh phí khám và cấp kính hơn 215 triệu đồng. Các trường hợp nặng được hẹn tái khám sau 6 tháng.

Theo bác sĩ Y Sinh Niê, Trưởng khoa Mắt Trung tâm Y tế huyện, nhiều em sử dụng điện thoại, ti vi trung bình 3-4 giờ mỗi ngày, trong khi ánh sáng ở nhiều phòng học chưa bảo đảm. Năm 2023, toàn huyện mới khám được 2.950 học sinh. Năm nay, huyện đặt mục tiêu 100% học sinh lớp 1 và lớp 6 được khám sàng lọc thị lực. Dự kiến trong quý III/2024, huyện sẽ tổ chức thêm 2 đợt khám cho học sinh các xã còn lại.

Mọi thông tin liên hệ: Khoa Mắt, Trung tâm Y tế huyện Krông Pắc, số 102 Giải Phóng, thị trấn Phước An; điện thoại 0262.3521.347.

Hoàng Anh (Trung tâm VH-TT&TT huyện)
"""

CAMP = P("Từ ngày 08/4 đến 16/4", "2024-04-08", "2024-04-16")

FIGS = [
    F("học sinh 14 trường", "14", 14, "count", "trường", "trường tiểu học và THCS có học sinh được khám mắt", period=CAMP),
    F("tại 5 xã", "5", 5, "count", "xã", "xã có học sinh được khám mắt", period=CAMP),
    F("có 4.218 học sinh", "4.218", 4218, "count", "học sinh", "học sinh được khám", period=I(CAMP)),
    F("chiếm 41,6%", "41,6", 41.6, "percent", "%", "học sinh dân tộc thiểu số trong số học sinh được khám", period=I(CAMP)),
    F("là 512 em", "512", 512, "count", "em", "em mắc tật khúc xạ", percent=12.1, period=I(CAMP)),
    F("(khoảng 22%)", "22", 22, "percent", "%", "tỷ lệ mắc tật khúc xạ khu vực thị trấn Phước An", approx="about"),
    F("với 138 em", "138", 138, "count", "em", "học sinh mắc tật khúc xạ xã Ea Kly"),
    F("với 61 em", "61", 61, "count", "em", "học sinh mắc tật khúc xạ xã Vụ Bổn"),
    F("có 46 em", "46", 46, "count", "em", "em bị nhược thị"),
    F("19 em bị lác", "19", 19, "count", "em", "em bị lác cần can thiệp sớm"),
    F("có 37 em", "37", 37, "count", "em", "em phải đeo kính tại Trường Tiểu học số 2 Ea Kly"),
    F("miễn phí 455 kính", "455", 455, "count", "kính", "kính cấp miễn phí cho các em có chỉ định đeo kính"),
    F("từ 350.000 đến 500.000 đồng", "350.000", 350000, "money", "đồng/kính", "trị giá mỗi kính", value_max=500000),
    F("hơn 215 triệu đồng", "215", 215000000, "money", "đồng", "tổng kinh phí khám và cấp kính", approx="over"),
    F("sau 6 tháng", "6", 6, "measure", "tháng", "thời gian hẹn tái khám", optional=True),
    F("trung bình 3-4 giờ", "3", 3, "measure", "giờ/ngày", "thời gian sử dụng điện thoại, ti vi", value_max=4),
    F("được 2.950 học sinh", "2.950", 2950, "count", "học sinh", "học sinh được khám",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("mục tiêu 100%", "100", 100, "percent", "%", "học sinh lớp 1 và lớp 6 được khám sàng lọc thị lực", status="target",
      period=P("Năm nay", "2024-01-01", "2024-12-31")),
    F("thêm 2 đợt khám", "2", 2, "count", "đợt khám", "đợt khám cho học sinh các xã còn lại", status="forecast",
      period=P("trong quý III/2024", "2024-07-01", "2024-09-30")),
]

NOTES = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): khám mắt, tặng kính ở 5 xã, 4/2024. Location is the district;",
    "communes (Ea Kly, Vụ Bổn) and thị trấn Phước An lie in it and are not locations of their own.",
    "'trong đó học sinh dân tộc thiểu số chiếm 41,6%' is a share of another whole: a percent figure of its own.",
    "138/61 em and 46/19 em have no part-of cue: no total. 'khoảng 22%' stands in a comparison: its own figure, no change.",
    "'sau 6 tháng' (follow-up interval) optional. Distractors: lớp 1, lớp 6, Trường Tiểu học số 2, số 102 Giải Phóng, 0262.3521.347, 08/4, 16/4.",
]

build(2, TEXT, FIGS, published="2024-04-18", location="Krông Pắc", notes=NOTES)
