"""p1524-4: ministry site (Bộ Công Thương): national exports of wigs and hair accessories 2023, markets, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu tóc giả và phụ kiện tóc năm 2023 vượt mốc 1 tỷ USD

10/01/2024 | 15:30 | Cục Xuất nhập khẩu

Theo số liệu thống kê, năm 2023 kim ngạch xuất khẩu tóc giả, mi giả và phụ kiện tóc của Việt Nam đạt khoảng 1,03 tỷ USD, tăng 21,4% so với năm 2022. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu tóc giả, sau Trung Quốc và Indonesia.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 412 triệu USD, chiếm 40% tổng kim ngạch; tiếp đến là Nigeria 96 triệu USD, Nhật Bản 71 triệu USD và Hàn Quốc 58 triệu USD. Riêng nhóm kẹp tóc, cặp tóc, lược và dây buộc tóc (mã HS 9615) đạt 148 triệu USD, tăng 6,2%.

Cả nước hiện có trên 1.100 doanh nghiệp, cơ sở sản xuất, tạo việc làm cho khoảng 90 nghìn lao động, tập trung tại Nam Định, Thái Bình, Hà Nội và Quảng Ngãi. Nam Định là địa phương dẫn đầu, chiếm khoảng 47% kim ngạch xuất khẩu cả nước.

Riêng tháng 12/2023, kim ngạch xuất khẩu tóc giả và phụ kiện tóc đạt 102 triệu USD, cao nhất trong năm. Bộ Công Thương dự báo năm 2024 kim ngạch xuất khẩu nhóm hàng tóc giả, phụ kiện tóc có thể đạt 1,15-1,2 tỷ USD. Mục tiêu đến năm 2030, xuất khẩu ngành hàng đạt 2 tỷ USD, tỷ lệ nội địa hóa nguyên liệu phụ kiện không dưới 60%.

Địa chỉ: Số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Tổng đài: 024.2220.2108
"""

Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M12 = per("tháng 12/2023", "2023-12-01", "2023-12-31")
F24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu sang"

FIGS = [
    fig("vượt mốc 1 tỷ", "1", 1e9, "money", "USD", approx="over",
        subject="xuất khẩu tóc giả và phụ kiện tóc", period=Y23H),
    fig("khoảng 1,03 tỷ", "1,03", 1.03e9, "money", "USD", approx="about",
        change=chg("increase", 21.4, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu tóc giả, mi giả và phụ kiện tóc", period=Y23),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu tóc giả"),
    fig("với 412 triệu", "412", 412e6, "money", "USD", percent=40, subject=f"{EXP} Hoa Kỳ",
        period=inh(Y23)),
    fig("Nigeria 96 triệu", "96", 96e6, "money", "USD", subject=f"{EXP} Nigeria", period=inh(Y23)),
    fig("Nhật Bản 71 triệu", "71", 71e6, "money", "USD", subject=f"{EXP} Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc 58 triệu", "58", 58e6, "money", "USD", subject=f"{EXP} Hàn Quốc", period=inh(Y23)),
    fig("đạt 148 triệu", "148", 148e6, "money", "USD", change=chg("increase", 6.2, "%"),
        subject="kim ngạch xuất khẩu nhóm kẹp tóc, cặp tóc, lược và dây buộc tóc", period=inh(Y23)),
    fig("trên 1.100 doanh nghiệp", "1.100", 1100, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp, cơ sở sản xuất tóc giả và phụ kiện tóc"),
    fig("khoảng 90 nghìn", "90", 90000, "count", "lao động", approx="about",
        subject="lao động được tạo việc làm"),
    fig("khoảng 47%", "47", 47, "percent", "%", approx="about",
        subject="kim ngạch xuất khẩu cả nước", location="Nam Định"),
    fig("đạt 102 triệu", "102", 102e6, "money", "USD",
        subject="kim ngạch xuất khẩu tóc giả và phụ kiện tóc", period=M12),
    fig("đạt 1,15-1,2 tỷ", "1,15", 1.15e9, "money", "USD", value_max=1.2e9, status="forecast",
        subject="kim ngạch xuất khẩu nhóm hàng tóc giả, phụ kiện tóc", period=F24),
    fig("đạt 2 tỷ", "2", 2e9, "money", "USD", status="target", subject="xuất khẩu ngành hàng", period=T30),
    fig("không dưới 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu phụ kiện", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '10/01/2024 | 15:30 | Cục Xuất nhập khẩu' under the headline, address footer.",
    "Distractors: 15:30, 'mã HS 9615' (a tariff code), 'Số 54 Hai Bà Trưng', phone 024.2220.2108, 'năm 2022' (baseline).",
    "Headline 'vượt mốc 1 tỷ USD': money 1 tỷ, approx over (borderline: 'vượt mốc' is not in the spec's list of cues).",
    "Markets are trade partners: location stays Việt Nam, the partner goes into the subject; list items share the indicator.",
    "'412 triệu USD, chiếm 40% tổng kim ngạch' → percent attribute 40. Market items and the HS 9615 group inherit năm 2023.",
    "'tăng 6,2%' with no baseline → change without baseline.",
    "'Nam Định ... chiếm khoảng 47% kim ngạch xuất khẩu cả nước' → a percent figure of its own, located in Nam Định.",
    "revised after the first run: the four market items' subjects lose 'tóc giả và phụ kiện tóc' (taken from the first",
    "paragraph; the list sentence names only 'kim ngạch' and the market): 'kim ngạch xuất khẩu sang <market>'.",
    "'dự báo năm 2024 ... 1,15-1,2 tỷ USD' → forecast range; 'Mục tiêu đến năm 2030' governs both clauses → target.",
]

if __name__ == "__main__":
    write("p1524-4", TEXT, NOTES, FIGS, published="2024-01-10", location="Việt Nam")
