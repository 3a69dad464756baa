"""p813-4: central agency site (Cục Du lịch Quốc gia Việt Nam), national water-sports tourism 2024."""
from lib import F, period, inherit, change, write

TEXT = """CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ » Tin tức » Tin trong nước
Ngày đăng: 14/03/2025 | Lượt xem: 1.208

Du lịch thể thao dưới nước: dư địa lớn, cần siết chặt an toàn

Theo số liệu tổng hợp từ các địa phương, năm 2024 cả nước có 38 tỉnh, thành phố kinh doanh dịch vụ du lịch thể thao dưới nước như chèo thuyền kayak, ván chèo đứng (SUP), thuyền buồm, mô tô nước. Tổng số phương tiện phục vụ các dịch vụ này khoảng 6.850 chiếc, tăng 12% so với năm 2023; trong đó kayak và SUP chiếm 61,4%.

Các địa phương có nhiều phương tiện nhất lần lượt là Khánh Hòa (912 chiếc), Đà Nẵng (804 chiếc), Quảng Ninh (655 chiếc) và Lâm Đồng (398 chiếc). Lượng khách trải nghiệm các dịch vụ thể thao dưới nước ước đạt 4,6 triệu lượt, bằng 5,3% tổng lượt khách du lịch nội địa.

Cả nước hiện có 27 câu lạc bộ thuyền buồm, kayak và SUP được cấp phép hoạt động, với hơn 3.400 hội viên. Năm 2024 đã diễn ra 46 giải đấu, sự kiện thể thao dưới nước, gấp đôi năm 2023, nổi bật là Giải Vô địch thuyền buồm quốc gia tại Vũng Tàu với 112 vận động viên.

Tuy nhiên, năm 2024 vẫn xảy ra 9 vụ tai nạn liên quan đến hoạt động du lịch dưới nước, làm 5 người tử vong, giảm 4 vụ so với năm 2023. Nguyên nhân chủ yếu là khách không mặc áo phao (6/9 vụ) và phương tiện vẫn hoạt động khi có gió trên cấp 6.

Theo dự thảo Đề án phát triển du lịch thể thao giai đoạn 2025-2030, mục tiêu đến năm 2030 có 100% phương tiện được đăng ký, đăng kiểm và 100% nhân viên cứu hộ được cấp chứng chỉ; phấn đấu đón 8 triệu lượt khách/năm. Các địa phương phải thực hiện nghiêm Thông tư số 17/2024/TT-BVHTTDL.

Địa chỉ: 80 Quán Sứ, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3942.3760
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
T2030 = period("đến năm 2030", None, "2030-12-31")
FLEET = "phương tiện phục vụ du lịch thể thao dưới nước"

FIGS = [
    F("có 38 tỉnh, thành phố", "38", 38, "count", "tỉnh, thành phố",
      "tỉnh, thành phố kinh doanh dịch vụ du lịch thể thao dưới nước", Y24),
    F("khoảng 6.850 chiếc", "6.850", 6850, "count", "chiếc", FLEET, inherit(Y24), approx="about",
      change=change("increase", 12, baseline="năm 2023")),
    F("chiếm 61,4%", "61,4", 61.4, "percent", "%", "kayak và SUP trong tổng số phương tiện", inherit(Y24)),
    F("Khánh Hòa (912 chiếc)", "912", 912, "count", "chiếc", FLEET, location="Khánh Hòa"),
    F("Đà Nẵng (804 chiếc)", "804", 804, "count", "chiếc", FLEET, location="Đà Nẵng"),
    F("Quảng Ninh (655 chiếc)", "655", 655, "count", "chiếc", FLEET, location="Quảng Ninh"),
    F("Lâm Đồng (398 chiếc)", "398", 398, "count", "chiếc", FLEET, location="Lâm Đồng"),
    F("ước đạt 4,6 triệu lượt", "4,6", 4.6e6, "count", "lượt", "khách trải nghiệm các dịch vụ thể thao dưới nước",
      percent=5.3, status="estimate"),
    F("có 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ",
      "câu lạc bộ thuyền buồm, kayak và SUP được cấp phép hoạt động"),
    F("hơn 3.400 hội viên", "3.400", 3400, "count", "hội viên", "hội viên câu lạc bộ thuyền buồm, kayak và SUP",
      approx="over"),
    F("diễn ra 46 giải đấu", "46", 46, "count", "giải đấu", "giải đấu, sự kiện thể thao dưới nước", Y24,
      change=change("increase", 2, unit="lần", baseline="năm 2023")),
    F("với 112 vận động viên", "112", 112, "count", "vận động viên",
      "vận động viên Giải Vô địch thuyền buồm quốc gia", Y24, location="Vũng Tàu"),
    F("xảy ra 9 vụ tai nạn", "9", 9, "count", "vụ tai nạn", "vụ tai nạn liên quan đến hoạt động du lịch dưới nước",
      Y24, change=change("decrease", 4, unit="vụ", baseline="năm 2023")),
    F("làm 5 người tử vong", "5", 5, "count", "người", "người tử vong", Y24),
    F("(6/9 vụ)", "6", 6, "count", "vụ", "vụ tai nạn do khách không mặc áo phao", inherit(Y24), total=9),
    F("gió trên cấp 6", "6", 6, "measure", "cấp", "cấp gió", approx="over", optional=True),
    F("có 100% phương tiện", "100", 100, "percent", "%", "phương tiện được đăng ký, đăng kiểm", T2030,
      status="target"),
    F("và 100% nhân viên cứu hộ", "100", 100, "percent", "%", "nhân viên cứu hộ được cấp chứng chỉ", T2030,
      status="target"),
    F("đón 8 triệu lượt khách/năm", "8", 8e6, "measure", "lượt khách/năm",
      "khách trải nghiệm du lịch thể thao dưới nước", T2030, status="target"),
]

NOTES = [
    "Central agency site (Cục Du lịch Quốc gia Việt Nam): national water-sports tourism in 2024 (fleet, leading provinces, clubs, events, accidents), 2030 targets.",
    "Distractors: Lượt xem: 1.208, giai đoạn 2025-2030 (a period), Thông tư số 17/2024/TT-BVHTTDL, address 80 Quán Sứ, phone 024.3942.3760.",
    "'gấp đôi năm 2023' after 46 giải đấu is its change (2 lần). 'giảm 4 vụ so với năm 2023' is the change of 9 vụ, not of 5 người.",
    "Gold change after the first run: 'lượt khách/năm' is a rate (count per year) -> kind measure (FIGURES.md, Rates).",
    "'(6/9 vụ)' -> 6 with total 9. 'gió trên cấp 6' is a category threshold (optional). The sailing championship at Vũng Tàu is located there.",
    "'4,6 triệu lượt' has no period phrase in its sentence (year from context is not stated there): none given.",
]

write(4, TEXT, FIGS, NOTES, published="2025-03-14", location="Việt Nam")
