"""p1002-5: Báo Đắk Lắk (Party/provincial newspaper, byline + bare date at end) - diễn tập tại Chợ Buôn Ma Thuột, 2024."""
from lib import F, change, period, write

TEXT = """Diễn tập chữa cháy quy mô lớn tại Chợ Buôn Ma Thuột

Sáng 17/4, Công an TP Buôn Ma Thuột phối hợp với Ban Quản lý chợ tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ có nhiều lực lượng, phương tiện tham gia tại Chợ Buôn Ma Thuột, nằm cạnh Quốc lộ 14.

Cuộc diễn tập huy động hơn 300 cán bộ, chiến sĩ và tiểu thương cùng 12 phương tiện, gồm 8 xe chữa cháy, 2 xe thang và 2 xe cứu thương. Giả định đám cháy phát sinh tại khu kinh doanh vải, lan rộng trên diện tích khoảng 200 m2. Các tổ liên gia an toàn PCCC của chợ đã sử dụng 36 bình chữa cháy và 4 họng nước vách tường để dập lửa trong 5 phút đầu.

Chợ Buôn Ma Thuột hiện có 1.120 ki-ốt, quầy sạp với khoảng 1.500 tiểu thương. Năm 2023, Ban Quản lý chợ đã trang bị thêm 450 bình chữa cháy, nâng tổng số bình tại chợ lên 1.180 bình, bình quân mỗi ki-ốt có 1,05 bình; thành lập 38 tổ liên gia, mỗi tổ từ 25 đến 30 hộ kinh doanh.

Theo Phòng Cảnh sát PCCC và CNCH Công an tỉnh Đắk Lắk, quý I/2024 toàn tỉnh xảy ra 14 vụ cháy, giảm 6 vụ so với cùng kỳ năm 2023, thiệt hại ước tính khoảng 3,2 tỷ đồng. Cũng trong quý I, lực lượng chức năng đã tổ chức 215 buổi thực tập phương án chữa cháy tại các chợ, trung tâm thương mại và khu dân cư, gấp 1,5 lần cùng kỳ.

Thượng tá Y Đhăm Niê, Trưởng phòng, cho biết năm 2024 tỉnh đặt mục tiêu 100% chợ hạng 1, hạng 2 có tổ liên gia hoạt động hiệu quả.

HOÀNG GIA
18/04/2024
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = period("quý I/2024", "2024-01-01", "2024-03-31")
BMT = "Buôn Ma Thuột"

FIGS = [
    F("hơn 300 cán bộ", "300", 300, "count", "cán bộ, chiến sĩ và tiểu thương", "cán bộ, chiến sĩ và tiểu thương huy động tham gia diễn tập",
      approx="over", location=BMT),
    F("cùng 12 phương tiện", "12", 12, "count", "phương tiện", "phương tiện huy động tham gia diễn tập", location=BMT),
    F("gồm 8 xe chữa cháy", "8", 8, "count", "xe", "xe chữa cháy", total=12, location=BMT),
    F("2 xe thang", "2", 2, "count", "xe", "xe thang", total=12, location=BMT),
    F("2 xe cứu thương", "2", 2, "count", "xe", "xe cứu thương", total=12, location=BMT),
    F("khoảng 200 m2", "200", 200, "measure", "m2", "diện tích đám cháy giả định", approx="about", location=BMT,
      optional=True),
    F("sử dụng 36 bình", "36", 36, "count", "bình", "bình chữa cháy các tổ liên gia của chợ sử dụng", location=BMT),
    F("4 họng nước", "4", 4, "count", "họng nước", "họng nước vách tường sử dụng", location=BMT),
    F("trong 5 phút đầu", "5", 5, "measure", "phút", "thời gian dập lửa ban đầu", location=BMT, optional=True),
    F("có 1.120 ki-ốt", "1.120", 1120, "count", "ki-ốt", "ki-ốt, quầy sạp tại Chợ Buôn Ma Thuột", location=BMT),
    F("khoảng 1.500 tiểu thương", "1.500", 1500, "count", "tiểu thương", "tiểu thương tại Chợ Buôn Ma Thuột",
      approx="about", location=BMT),
    F("thêm 450 bình", "450", 450, "count", "bình", "bình chữa cháy Ban Quản lý chợ trang bị thêm", Y23,
      location=BMT),
    F("lên 1.180 bình", "1.180", 1180, "count", "bình", "tổng số bình chữa cháy tại chợ", Y23, location=BMT),
    F("có 1,05 bình", "1,05", 1.05, "measure", "bình/ki-ốt", "bình chữa cháy bình quân mỗi ki-ốt", Y23,
      location=BMT),
    F("thành lập 38 tổ", "38", 38, "count", "tổ", "tổ liên gia thành lập tại chợ", Y23, location=BMT),
    F("từ 25 đến 30 hộ", "25", 25, "measure", "hộ/tổ", "hộ kinh doanh mỗi tổ liên gia", Y23, value_max=30,
      location=BMT),
    F("xảy ra 14 vụ cháy", "14", 14, "count", "vụ", "vụ cháy", Q1,
      change=change("decrease", 6, "vụ", "cùng kỳ năm 2023")),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "thiệt hại do cháy", Q1, approx="about",
      status="estimate"),
    F("tổ chức 215 buổi", "215", 215, "count", "buổi", "buổi thực tập phương án chữa cháy",
      period("trong quý I", "2024-01-01", "2024-03-31"), change=change("increase", 1.5, "lần", "cùng kỳ")),
    F("mục tiêu 100% chợ", "100", 100, "percent", "%", "chợ hạng 1, hạng 2 có tổ liên gia hoạt động hiệu quả",
      period("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Báo Đắk Lắk: diễn tập chữa cháy tại Chợ Buôn Ma Thuột; trang bị của chợ năm 2023; cháy và thực tập quý I/2024 toàn tỉnh.",
    "Byline 'HOÀNG GIA' and bare date '18/04/2024' at the end give published. 'Sáng 17/4', 'Quốc lộ 14', 'chợ hạng 1, hạng 2' (class",
    "labels) are not figures. The scenario's area (giả định, 200 m2) and 'trong 5 phút đầu' (locates the action in time) are optional.",
    "The drill and the market are located in Buôn Ma Thuột; the Phòng PC07 figures in Đắk Lắk. 12 phương tiện is the whole of the",
    "vehicles after 'gồm'. 450 bình added and 1.180 bình after 'nâng tổng số ... lên' are two figures without attributes.",
    "revised: subject of 300 now names what the sentence names (was the paraphrase 'lực lượng huy động tham gia diễn tập').",
    "'thiệt hại ước tính' is an estimate; the year-less 'trong quý I' takes 2024 from 'quý I/2024' before it.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2024-04-18", location="Đắk Lắk")
