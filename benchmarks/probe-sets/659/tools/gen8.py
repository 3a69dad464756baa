"""p659-8: BĐBP Bà Rịa - Vũng Tàu unit site — sea patrols, fuel smuggling at sea, fishing vessels, 9 tháng năm 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ » Tin tức » Hoạt động đơn vị
Ngày cập nhật: 09/10/2023 14:05

Hải đội Biên phòng 2 bắt giữ 17 tàu vận chuyển dầu DO trái phép

9 tháng năm 2023, Hải đội Biên phòng 2 đã tổ chức 146 chuyến tuần tra, kiểm soát trên biển với tổng hành trình hơn 21.500 hải lý, tăng 18 chuyến so với cùng kỳ năm 2022. Các tàu BP 28-02-01 và BP 28-02-05 duy trì trực 24/24 giờ tại khu vực cửa sông Soài Rạp.

Qua tuần tra, đơn vị phát hiện, bắt giữ 17 vụ với 17 phương tiện và 52 thuyền viên vận chuyển xăng dầu không rõ nguồn gốc, thu giữ khoảng 386.000 lít dầu DO, trị giá ước 7,9 tỷ đồng. Trong đó, vụ lớn nhất xảy ra ngày 14/8/2023 tại vùng biển cách Mũi Nghinh Phong khoảng 12 hải lý, thu giữ 62.000 lít dầu DO.

Cũng trong 9 tháng, lực lượng Biên phòng tỉnh đã kiểm soát 27.340 lượt tàu cá ra, vào cửa biển, bằng 104,2% so với cùng kỳ; phối hợp cứu nạn thành công 46 ngư dân và 9 tàu cá bị nạn; trao tặng 24 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh là con em ngư dân nghèo.

Quý IV/2023, Bộ Chỉ huy dự kiến tăng cường thêm 2 tàu tuần tra cho Hải đội; phấn đấu cả năm 2023 đạt 200 chuyến tuần tra trên biển.

Địa chỉ: số 1 Trần Phú, phường 1, thành phố Vũng Tàu. Lượt xem: 946
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9b = P("9 tháng", "2023-01-01", "2023-09-30")

FIGS = [
    F("bắt giữ 17 tàu", "17", 17, "count", "tàu", "tàu vận chuyển dầu DO trái phép bị Hải đội Biên phòng 2 bắt giữ"),
    F("tổ chức 146 chuyến", "146", 146, "count", "chuyến", "chuyến tuần tra, kiểm soát trên biển của Hải đội Biên phòng 2",
      M9, change=CH("increase", 18, "chuyến", "cùng kỳ năm 2022")),
    F("hơn 21.500 hải lý", "21.500", 21500, "measure", "hải lý", "tổng hành trình tuần tra, kiểm soát trên biển", M9,
      approx="over"),
    F("bắt giữ 17 vụ", "17", 17, "count", "vụ", "vụ vận chuyển xăng dầu không rõ nguồn gốc bị bắt giữ", I(M9)),
    F("17 phương tiện", "17", 17, "count", "phương tiện", "phương tiện vận chuyển xăng dầu không rõ nguồn gốc bị bắt giữ",
      I(M9)),
    F("52 thuyền viên", "52", 52, "count", "thuyền viên", "thuyền viên vận chuyển xăng dầu không rõ nguồn gốc bị bắt giữ",
      I(M9)),
    F("khoảng 386.000 lít", "386.000", 386000, "measure", "lít", "dầu DO thu giữ", I(M9), approx="about"),
    F("ước 7,9 tỷ đồng", "7,9", 7.9e9, "money", "đồng", "trị giá dầu DO thu giữ", I(M9), status="estimate"),
    F("khoảng 12 hải lý", "12", 12, "measure", "hải lý", approx="about", optional=True),
    F("thu giữ 62.000 lít", "62.000", 62000, "measure", "lít", "dầu DO thu giữ trong vụ lớn nhất", total=386000),
    F("kiểm soát 27.340 lượt", "27.340", 27340, "count", "lượt tàu cá", "lượt tàu cá ra, vào cửa biển được kiểm soát",
      M9b, percent=104.2),
    F("46 ngư dân", "46", 46, "count", "ngư dân", "ngư dân bị nạn được cứu nạn thành công", M9b),
    F("9 tàu cá", "9", 9, "count", "tàu cá", "tàu cá bị nạn được cứu nạn thành công", M9b),
    F("24 suất học bổng", "24", 24, "count", "suất học bổng", "suất học bổng trao tặng con em ngư dân nghèo", M9b),
    F("mỗi suất 2 triệu đồng", "2", 2e6, "money", "đồng", "giá trị mỗi suất học bổng", M9b),
    F("thêm 2 tàu", "2", 2, "count", "tàu", "tàu tuần tra tăng cường cho Hải đội",
      P("Quý IV/2023", "2023-10-01", "2023-12-31"), status="forecast"),
    F("đạt 200 chuyến", "200", 200, "count", "chuyến", "chuyến tuần tra trên biển",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), status="target"),
]

COMMENTS = [
    "BĐBP Bà Rịa - Vũng Tàu unit site ('Ngày cập nhật: 09/10/2023 14:05'): Hải đội Biên phòng 2 sea patrols, fuel smuggling at sea,",
    "fishing-vessel control, rescue, scholarships; 9 months 2023. 'tăng 18 chuyến' belongs to 146 chuyến across the hải lý clause.",
    "'Trong đó … 62.000 lít' takes the whole 386.000 lít (same thing), not the 7,9 tỷ đồng right before the cue; its sentence has a",
    "day date only, so no period. 'bằng 104,2% so với cùng kỳ' is the percent of 27.340. '12 hải lý' (a distance locating the case) optional.",
    "Distractors: Hải đội Biên phòng 2, tàu BP 28-02-01 / BP 28-02-05, '24/24 giờ', ngày 14/8/2023, số 1 Trần Phú, phường 1, Lượt xem.",
]

if __name__ == "__main__":
    emit("p659-8", TEXT, COMMENTS, FIGS, published="2023-10-09", location="Bà Rịa - Vũng Tàu")
