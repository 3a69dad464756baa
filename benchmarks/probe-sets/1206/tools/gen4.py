"""p1206-4: ministry site (Bộ LĐ-TB&XH): national figures on people with disabilities and assistive devices."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo trợ xã hội

Hơn 7 triệu người khuyết tật: mở rộng tiếp cận phương tiện trợ giúp

Ngày đăng: 03/12/2024 | Lượt xem: 2.318

Nhân Ngày Quốc tế Người khuyết tật (3/12), Cục Bảo trợ xã hội cho biết cả nước hiện có khoảng 7 triệu người khuyết tật, chiếm gần 7,1% dân số từ 2 tuổi trở lên; trong đó khoảng 28,9% là người khuyết tật nặng và đặc biệt nặng.

Tính đến ngày 30/9/2024, cả nước có hơn 1,3 triệu người khuyết tật đang hưởng trợ cấp xã hội hằng tháng, tăng 4,2% so với cùng kỳ năm 2023. Từ ngày 1/7/2024, mức chuẩn trợ giúp xã hội là 500.000 đồng/tháng theo Nghị định số 76/2024/NĐ-CP, cao hơn 38,9% so với mức cũ.

Giai đoạn 2021-2024, các chương trình, đề án đã hỗ trợ phương tiện trợ giúp và dụng cụ chỉnh hình cho hơn 215.000 lượt người khuyết tật; riêng năm 2024 ước đạt 58.400 lượt, bằng 112% năm 2023. Hiện 63/63 tỉnh, thành phố đã có cơ sở cung cấp dịch vụ phục hồi chức năng, trong đó 28 địa phương có xưởng sản xuất, lắp ráp chân tay giả.

Quảng Trị, Quảng Nam và Nghệ An là các địa phương có số người khuyết tật được cấp chân tay giả nhiều nhất trong năm 2023, lần lượt 1.850, 1.620 và 1.410 người.

Mục tiêu đến năm 2030, ít nhất 80% người khuyết tật có nhu cầu được tiếp cận phương tiện trợ giúp phù hợp; 100% tỉnh, thành phố có cơ sở trợ giúp xã hội cung cấp dịch vụ cho người khuyết tật.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội
Điện thoại: 024.38269534 | Fax: 024.38248036
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "người khuyết tật được cấp chân tay giả"

FIGS = [
    F("Hơn 7 triệu", "7", 7000000, "count", "người khuyết tật", approx="over", subject="người khuyết tật"),
    F("khoảng 7 triệu", "7", 7000000, "count", "người khuyết tật", approx="about", percent=7.1,
      subject="người khuyết tật"),
    F("từ 2 tuổi", "2", 2, "measure", "tuổi", approx="at_least", optional=True, subject="độ tuổi dân số"),
    F("khoảng 28,9%", "28,9", 28.9, "percent", "%", approx="about",
      subject="tỷ lệ người khuyết tật nặng và đặc biệt nặng"),
    F("hơn 1,3 triệu", "1,3", 1300000, "count", "người khuyết tật", approx="over",
      change=C("increase", 4.2, "%", "cùng kỳ năm 2023"),
      subject="người khuyết tật đang hưởng trợ cấp xã hội hằng tháng", period=ASOF),
    F("là 500.000 đồng", "500.000", 500000, "money", "đồng/tháng",
      change=C("increase", 38.9, "%", "mức cũ"), subject="mức chuẩn trợ giúp xã hội"),
    F("hơn 215.000 lượt", "215.000", 215000, "count", "lượt người khuyết tật", approx="over",
      subject="lượt người khuyết tật được hỗ trợ phương tiện trợ giúp và dụng cụ chỉnh hình", period=GD),
    F("ước đạt 58.400 lượt", "58.400", 58400, "count", "lượt", percent=112, status="estimate",
      subject="lượt người khuyết tật được hỗ trợ phương tiện trợ giúp và dụng cụ chỉnh hình", period=Y24),
    F("Hiện 63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã có cơ sở cung cấp dịch vụ phục hồi chức năng"),
    F("28 địa phương", "28", 28, "count", "địa phương", total=63,
      subject="địa phương có xưởng sản xuất, lắp ráp chân tay giả"),
    F("lần lượt 1.850", "1.850", 1850, "count", "người", subject=LIST, period=Y23, location="Quảng Trị"),
    F("1.620 và", "1.620", 1620, "count", "người", subject=LIST, period=Y23, location="Quảng Nam"),
    F("1.410 người", "1.410", 1410, "count", "người", subject=LIST, period=Y23, location="Nghệ An"),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="người khuyết tật có nhu cầu được tiếp cận phương tiện trợ giúp phù hợp", period=T30),
    F("; 100% tỉnh", "100", 100, "percent", "%", status="target",
      subject="tỉnh, thành phố có cơ sở trợ giúp xã hội cung cấp dịch vụ cho người khuyết tật", period=T30),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH): breadcrumb, 'Ngày đăng: 03/12/2024 | Lượt xem: 2.318' (published), address/phone footer.",
    "National: default location Việt Nam; the 'lần lượt' list items take their province as location (subject = the list's indicator).",
    "Distractors: 'Ngày Quốc tế Người khuyết tật (3/12)', 'Nghị định số 76/2024/NĐ-CP', 'Số 12 Ngô Quyền', phones, view counter,",
    "'Giai đoạn 2021-2024' and 'Từ ngày 1/7/2024' (effective date of a standing rate: no period given), '63/63' gives count 63 total 63.",
    "'từ 2 tuổi trở lên' defines the population (optional). 'trong đó khoảng 28,9%' is a percent figure of its own (no total).",
    "'bằng 112% năm 2023' -> percent attribute of 58.400 (share after 'bằng'); 'cao hơn 38,9% so với mức cũ' -> change of 500.000.",
    "'28 địa phương' after 'trong đó' -> total 63 (địa phương = tỉnh, thành phố). 'Mục tiêu đến năm 2030' governs both clauses after ';'.",
]

if __name__ == "__main__":
    write("p1206-4", TEXT, NOTES, FIGS, published="2024-12-03", location="Việt Nam")
