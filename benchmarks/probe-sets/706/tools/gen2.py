"""p706-2: huyện Hải Hậu (Nam Định) district portal — mừng thọ người cao tuổi năm 2024."""
from lib import F, P, inh, CH, AGE, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ / Tin tức / Lao động - Xã hội

Hải Hậu dành hơn 4,3 tỷ đồng mừng thọ người cao tuổi năm 2024

22/01/2024 08:15 | Phòng Lao động - TB&XH

Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND huyện, năm 2024 toàn huyện tổ chức chúc thọ, mừng thọ cho 6.842 người cao tuổi, tăng 318 người so với năm 2023. Trong đó, 4.126 người được UBND huyện chúc thọ, 2.669 người được UBND tỉnh chúc thọ và 47 người được Chủ tịch nước chúc thọ.

Tổng kinh phí mừng thọ là 4,36 tỷ đồng, gồm ngân sách huyện 2,15 tỷ đồng, ngân sách xã và nguồn xã hội hóa 2,21 tỷ đồng. Mỗi cụ thọ 100 tuổi được Chủ tịch nước tặng quà gồm 5 mét vải lụa và 700.000 đồng tiền mặt; mỗi cụ thọ 90 tuổi được UBND tỉnh tặng 500.000 đồng.

Các xã, thị trấn có đông người cao tuổi được mừng thọ là Hải Phương (412 người), thị trấn Yên Định (386 người), Hải Bắc (351 người). Các xã Hải Toàn, Hải Anh lần lượt có 298 và 274 người.

Hiện toàn huyện có 47.916 người cao tuổi, chiếm 18,6% dân số; trong đó 5.126 người từ 80 tuổi trở lên không có lương hưu đang hưởng trợ cấp xã hội hằng tháng với mức 360.000 đồng/người/tháng. Năm 2023, Hội Người cao tuổi các xã đã tổ chức khám sức khỏe miễn phí cho khoảng 9.500 lượt hội viên.

Lễ mừng thọ được tổ chức trang trọng tại nhà văn hóa các xóm, tổ dân phố, kết hợp với ngày hội văn hóa dịp Tết Giáp Thìn. Trụ sở Hội Người cao tuổi huyện: khu 4, thị trấn Yên Định, cạnh Quốc lộ 21; điện thoại 0228.3877.219.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SUBJ_LIST = "người cao tuổi được mừng thọ"

FIGS = [
    F("hơn 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "kinh phí mừng thọ người cao tuổi", Y24, approx="over"),
    F("cho 6.842 người", "6.842", 6842, "count", "người cao tuổi", "người cao tuổi được chúc thọ, mừng thọ", Y24,
      change=CH("increase", 318, "người", baseline="năm 2023")),
    F("4.126 người được UBND huyện", "4.126", 4126, "count", "người", "người được UBND huyện chúc thọ", inh(Y24),
      total=6842),
    F("2.669 người được UBND tỉnh", "2.669", 2669, "count", "người", "người được UBND tỉnh chúc thọ", inh(Y24),
      total=6842),
    F("và 47 người", "47", 47, "count", "người", "người được Chủ tịch nước chúc thọ", inh(Y24), total=6842),
    F("là 4,36 tỷ đồng", "4,36", 4.36e9, "money", "đồng", "tổng kinh phí mừng thọ", inh(Y24)),
    F("huyện 2,15 tỷ đồng", "2,15", 2.15e9, "money", "đồng", "kinh phí mừng thọ từ ngân sách huyện", inh(Y24),
      total=4.36e9),
    F("hội hóa 2,21 tỷ đồng", "2,21", 2.21e9, "money", "đồng",
      "kinh phí mừng thọ từ ngân sách xã và nguồn xã hội hóa", inh(Y24), total=4.36e9),
    AGE("cụ thọ 100 tuổi", "100"),
    F("gồm 5 mét vải", "5", 5, "measure", "mét", "vải lụa Chủ tịch nước tặng mỗi cụ thọ 100 tuổi"),
    F("và 700.000 đồng", "700.000", 700000, "money", "đồng", "tiền mặt Chủ tịch nước tặng mỗi cụ thọ 100 tuổi"),
    AGE("cụ thọ 90 tuổi", "90"),
    F("tặng 500.000 đồng", "500.000", 500000, "money", "đồng", "quà UBND tỉnh tặng mỗi cụ thọ 90 tuổi"),
    F("Hải Phương (412 người)", "412", 412, "count", "người", SUBJ_LIST),
    F("Yên Định (386 người)", "386", 386, "count", "người", SUBJ_LIST),
    F("Hải Bắc (351 người)", "351", 351, "count", "người", SUBJ_LIST),
    F("có 298 và", "298", 298, "count", "người", SUBJ_LIST),
    F("và 274 người", "274", 274, "count", "người", SUBJ_LIST),
    F("có 47.916 người", "47.916", 47916, "count", "người cao tuổi", "người cao tuổi", percent=18.6),
    F("đó 5.126 người", "5.126", 5126, "count", "người",
      "người từ 80 tuổi trở lên không có lương hưu hưởng trợ cấp xã hội hằng tháng", total=47916),
    AGE("5.126 người từ 80 tuổi", "80", approx="at_least"),
    F("mức 360.000 đồng/người/tháng", "360.000", 360000, "money", "đồng/người/tháng",
      "mức trợ cấp xã hội hằng tháng"),
    F("khoảng 9.500 lượt", "9.500", 9500, "count", "lượt", "lượt hội viên được khám sức khỏe miễn phí",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
]

COMMENTS = [
    "Hải Hậu district portal (Nam Định): mừng thọ người cao tuổi năm 2024; dateline '22/01/2024 08:15 | Phòng Lao động - TB&XH'.",
    "The three 'Trong đó' parts add up to 6.842 (total); the two budget parts after 'gồm' add up to 4,36 tỷ.",
    "Commune list (Hải Phương (412 người) ..., 'lần lượt có 298 và 274'): communes are not province/city/district, so location stays Hải Hậu.",
    "'tăng 318 người so với năm 2023' is a change in người. Age groups (100, 90, 80 tuổi) optional.",
    "Not figures: Kế hoạch số 12/KH-UBND ngày 10/01/2024, khu 4, Quốc lộ 21, phone, Tết Giáp Thìn.",
]

if __name__ == "__main__":
    emit("p706-2", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Hải Hậu")
