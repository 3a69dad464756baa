"""p1548-4: ministry site (Bộ Công Thương): national exports of rèm, mành, 8 months 2024; markets; forecasts, targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu rèm, mành 8 tháng tăng gần 15%

29/08/2024 | 10:20 | Cục Xuất nhập khẩu

Theo số liệu thống kê, 8 tháng năm 2024, kim ngạch xuất khẩu rèm cửa, mành và sản phẩm che nắng (mã HS 6303 và 4601) của cả nước đạt 318,6 triệu USD, tăng 14,7% so với cùng kỳ năm 2023. Riêng tháng 8/2024 đạt 46,2 triệu USD, tăng 3,4% so với tháng trước và tăng 21,5% so với cùng kỳ.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 142,3 triệu USD, chiếm 44,7% tổng kim ngạch; tiếp đến là Nhật Bản 58,9 triệu USD, EU 41,6 triệu USD và Hàn Quốc 19,8 triệu USD. Xuất khẩu sang Australia tăng mạnh nhất, gấp 2,3 lần cùng kỳ. Với mặt hàng mành tre, trúc, Việt Nam hiện đứng thứ 4 thế giới về xuất khẩu, sau Trung Quốc, Indonesia và Philippines.

Theo Cục Xuất nhập khẩu, cả nước có khoảng 420 doanh nghiệp xuất khẩu rèm, mành, trong đó gần 60% là doanh nghiệp nhỏ và vừa. Khoảng 85% nguyên liệu tre, trúc, cói được khai thác trong nước, nhưng vải polyester và phụ kiện nhôm cho rèm cuốn vẫn phải nhập khẩu tới 70%.

Cục Xuất nhập khẩu dự báo kim ngạch cả năm 2024 có thể đạt 470-480 triệu USD. Mục tiêu đến năm 2030, xuất khẩu nhóm hàng này đạt 1 tỷ USD, tăng trưởng bình quân 10-12%/năm.

Tin cùng chuyên mục:
- Kết nối giao thương với nhà nhập khẩu Nhật Bản năm 2024
- Hướng dẫn quy tắc xuất xứ theo Hiệp định CPTPP

BỘ CÔNG THƯƠNG - Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2222
"""

EIGHT_H = per("8 tháng", "2024-01-01", "2024-08-31")
EIGHT = per("8 tháng năm 2024", "2024-01-01", "2024-08-31")
AUG = per("tháng 8/2024", "2024-08-01", "2024-08-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
KN = "kim ngạch xuất khẩu rèm, mành sang"

FIGS = [
    fig("tăng gần 15%", "15", 15, "percent", "%", approx="nearly", subject="xuất khẩu rèm, mành", period=EIGHT_H),
    fig("đạt 318,6 triệu", "318,6", 318.6e6, "money", "USD", change=chg("increase", 14.7, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu rèm cửa, mành và sản phẩm che nắng", period=EIGHT),
    fig("đạt 46,2 triệu", "46,2", 46.2e6, "money", "USD", change=chg("increase", 3.4, "%", "tháng trước"),
        subject="kim ngạch xuất khẩu rèm, mành", period=AUG),
    fig("tăng 21,5%", "21,5", 21.5, "percent", "%", subject="kim ngạch xuất khẩu tháng 8 so với cùng kỳ",
        period=AUG, optional=True),
    fig("với 142,3 triệu", "142,3", 142.3e6, "money", "USD", percent=44.7,
        subject=f"{KN} Hoa Kỳ", period=inh(EIGHT)),
    fig("Nhật Bản 58,9 triệu", "58,9", 58.9e6, "money", "USD", subject=f"{KN} Nhật Bản", period=inh(EIGHT)),
    fig("EU 41,6 triệu", "41,6", 41.6e6, "money", "USD", subject=f"{KN} EU", period=inh(EIGHT)),
    fig("Hàn Quốc 19,8 triệu", "19,8", 19.8e6, "money", "USD", subject=f"{KN} Hàn Quốc", period=inh(EIGHT)),
    fig("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", subject="xuất khẩu sang Australia", period=inh(EIGHT)),
    fig("đứng thứ 4 thế giới", "4", 4, "rank", "hạng", subject="xuất khẩu mành tre, trúc"),
    fig("khoảng 420 doanh nghiệp", "420", 420, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp xuất khẩu rèm, mành"),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly", subject="doanh nghiệp nhỏ và vừa"),
    fig("Khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="nguyên liệu tre, trúc, cói được khai thác trong nước"),
    fig("tới 70%", "70", 70, "percent", "%",
        subject="vải polyester và phụ kiện nhôm cho rèm cuốn phải nhập khẩu"),
    fig("đạt 470-480 triệu", "470", 470e6, "money", "USD", value_max=480e6, status="forecast",
        subject="kim ngạch cả năm", period=Y24),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target", change=chg("increase", 10, "%"),
        subject="xuất khẩu nhóm hàng này", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '29/08/2024 | 10:20 | Cục Xuất nhập khẩu' under the headline, related links, address footer.",
    "Distractors: 'mã HS 6303 và 4601' (product codes), 10:20, '54 Hai Bà Trưng', phone, 'năm 2024' in a link title, 'Hiệp định CPTPP'.",
    "National figures: location Việt Nam throughout; Hoa Kỳ, Nhật Bản, EU, Hàn Quốc, Australia are trade partners (in the subject, not places).",
    "Headline 'tăng gần 15%' is a growth rate as the claim: percent figure without change; '8 tháng' takes 2024 from published.",
    "'46,2 triệu USD, tăng 3,4% so với tháng trước và tăng 21,5% so với cùng kỳ': the first change is the attribute, the second a percent figure",
    "of its own (optional per the spec). 'chiếm 44,7% tổng kim ngạch' → percent of 142,3 triệu. List items take the list's indicator.",
    "'gấp 2,3 lần cùng kỳ' stands alone as the claim (no base amount): a multiple. 'đứng thứ 4 thế giới' → rank 4.",
    "'trong đó gần 60% là doanh nghiệp nhỏ và vừa' is a percent figure of its own (a share of a count). 'tới 70%' ('as much as') is not",
    "an approx cue of the spec: exact. 'dự báo ... có thể đạt 470-480 triệu USD' → forecast range; 'Mục tiêu đến năm 2030' → target, start null.",
    "revised after the first run: 'đạt 1 tỷ USD, tăng trưởng bình quân 10-12%/năm' — the growth after 'tăng trưởng' follows the amount in",
    "the same clause and is the growth of that amount, so by the spec it is the change of 1 tỷ USD (increase 10%), not a percent figure.",
]

if __name__ == "__main__":
    write("p1548-4", TEXT, NOTES, FIGS, published="2024-08-29", location="Việt Nam")
