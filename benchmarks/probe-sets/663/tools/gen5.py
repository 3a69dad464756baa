"""p663-5: Báo Bình Định (Party newspaper) — support associations for người khuyết tật and their funds, 2023."""
from lib import F, P, I, CH, emit

TEXT = """Xã hội

Vận động gần 4,6 tỷ đồng hỗ trợ người khuyết tật

Năm 2023, Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh Bình Định đã vận động các tổ chức, cá nhân ủng hộ 4.587 triệu đồng, tăng 12,6% so với năm 2022, vượt 14,7% kế hoạch.

Từ nguồn quỹ này, Hội đã trao 312 xe lăn, xe lắc (trị giá 1,15 tỷ đồng), hỗ trợ xây mới, sửa chữa 18 căn nhà cho hội viên khuyết tật với mức 40-50 triệu đồng/căn và cấp 146 suất học bổng cho học sinh khuyết tật, mỗi suất 2 triệu đồng. Hội cũng phối hợp tổ chức ba đợt khám sàng lọc, phẫu thuật chỉnh hình miễn phí cho 87 trẻ em khuyết tật.

Một số hội cấp huyện vận động được nhiều như Hoài Nhơn (620 triệu đồng), Tây Sơn (415 triệu đồng), Phù Mỹ (380 triệu đồng). Tính đến ngày 31/12/2023, số dư Quỹ Bảo trợ của Hội là 1.236,8 triệu đồng.

Bên cạnh đó, Hội Người khuyết tật tỉnh hiện có 9/11 huyện, thị xã, thành phố thành lập hội cấp huyện với hơn 5.200 hội viên. Ông Trần Văn Lực, Chủ tịch Hội, cho biết sau Đại hội đại biểu lần thứ IV, nhiệm kỳ 2023-2028, Hội tập trung kết nối việc làm; năm 2023 đã giới thiệu việc làm cho 134 hội viên, trong đó 41 người làm việc tại các doanh nghiệp trong Khu kinh tế Nhơn Hội.

Năm 2024, Hội Bảo trợ đặt mục tiêu vận động 5 tỷ đồng, trao tặng ít nhất 350 phương tiện trợ giúp. Các nhà hảo tâm có thể ủng hộ qua tài khoản số 5801 0000 128 930 tại BIDV Bình Định hoặc liên hệ số điện thoại 0256.3822.519.

NGUYỄN HÂN
15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng",
      "kinh phí vận động hỗ trợ người khuyết tật", approx="nearly"),
    F("ủng hộ 4.587 triệu đồng", "4.587", 4587e6, "money", "đồng",
      "kinh phí các tổ chức, cá nhân ủng hộ Hội Bảo trợ người khuyết tật", Y23,
      change=CH("increase", 12.6, "%", "năm 2022")),
    F("vượt 14,7% kế hoạch", "14,7", 14.7, "percent", "%",
      "kinh phí vận động vượt kế hoạch", Y23, optional=True),
    F("trao 312 xe lăn", "312", 312, "count", "xe lăn, xe lắc",
      "xe lăn, xe lắc Hội trao tặng", I(Y23)),
    F("(trị giá 1,15 tỷ đồng)", "1,15", 1.15e9, "money", "đồng",
      "trị giá xe lăn, xe lắc", I(Y23)),
    F("18 căn nhà", "18", 18, "count", "căn nhà",
      "căn nhà hội viên khuyết tật được xây mới, sửa chữa", I(Y23)),
    F("40-50 triệu đồng/căn", "40", 40e6, "money", "đồng/căn",
      "mức hỗ trợ xây mới, sửa chữa nhà", value_max=50e6),
    F("cấp 146 suất", "146", 146, "count", "suất học bổng",
      "suất học bổng cho học sinh khuyết tật", I(Y23)),
    F("mỗi suất 2 triệu đồng", "2", 2e6, "money", "đồng",
      "giá trị mỗi suất học bổng"),
    F("tổ chức ba đợt", "ba", 3, "count", "đợt",
      "đợt khám sàng lọc, phẫu thuật chỉnh hình miễn phí", I(Y23)),
    F("cho 87 trẻ em", "87", 87, "count", "trẻ em",
      "trẻ em khuyết tật được khám sàng lọc, phẫu thuật chỉnh hình miễn phí", I(Y23)),
    F("Hoài Nhơn (620 triệu đồng)", "620", 620e6, "money", "đồng",
      "kinh phí hội cấp huyện vận động", I(Y23), location="Hoài Nhơn"),
    F("Tây Sơn (415 triệu đồng)", "415", 415e6, "money", "đồng",
      "kinh phí hội cấp huyện vận động", I(Y23), location="Tây Sơn"),
    F("Phù Mỹ (380 triệu đồng)", "380", 380e6, "money", "đồng",
      "kinh phí hội cấp huyện vận động", I(Y23), location="Phù Mỹ"),
    F("là 1.236,8 triệu đồng", "1.236,8", 1236.8e6, "money", "đồng",
      "số dư Quỹ Bảo trợ của Hội", P("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    F("có 9/11 huyện", "9", 9, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố thành lập hội người khuyết tật cấp huyện", total=11),
    F("hơn 5.200 hội viên", "5.200", 5200, "count", "hội viên",
      "hội viên Hội Người khuyết tật", approx="over"),
    F("cho 134 hội viên", "134", 134, "count", "hội viên",
      "hội viên được giới thiệu việc làm", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("trong đó 41 người", "41", 41, "count", "người",
      "hội viên làm việc tại các doanh nghiệp trong Khu kinh tế Nhơn Hội",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=134),
    F("vận động 5 tỷ đồng", "5", 5e9, "money", "đồng",
      "kinh phí vận động", Y24, status="target"),
    F("ít nhất 350 phương tiện", "350", 350, "count", "phương tiện trợ giúp",
      "phương tiện trợ giúp trao tặng", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bình Định): Hội Bảo trợ người khuyết tật and Hội Người khuyết tật, funds raised and spent in 2023.",
    "Byline and bare date at the end ('NGUYỄN HÂN' / '15/01/2024') = published. Not figures: 'Đại hội đại biểu lần thứ IV',",
    "'nhiệm kỳ 2023-2028', bank account 'số 5801 0000 128 930', phone 0256.3822.519, '31/12/2023'.",
    "4.587 triệu đồng has two gaps: 'tăng 12,6% so với năm 2022' is its change; 'vượt 14,7% kế hoạch' is the second change,",
    "so a percent figure of its own, optional (FIGURES.md 'one of each attribute'). 'ba đợt' is a number word (count 3).",
    "District associations in brackets: location = the district (Hoài Nhơn is a thị xã), subject = the list's indicator.",
    "'mỗi suất 2 triệu đồng', '40-50 triệu đồng/căn' are unit amounts with no period.",
]

if __name__ == "__main__":
    emit("p663-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Bình Định")
