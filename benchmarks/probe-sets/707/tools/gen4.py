"""p707-4: Bộ Y tế ministry portal — national occupational disease figures 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của Bộ
Năm 2023, cả nước phát hiện hơn 6.200 ca bệnh nghề nghiệp
26/04/2024 14:20

Ngày 25/4, tại Hà Nội, Cục Quản lý Môi trường y tế (Bộ Y tế) tổ chức hội nghị tổng kết công tác phòng, chống bệnh nghề nghiệp năm 2023.

Theo báo cáo, năm 2023, cả nước đã khám phát hiện bệnh nghề nghiệp cho 145.612 người lao động, phát hiện 6.238 trường hợp mắc bệnh nghề nghiệp, tăng 11,4% so với năm 2022. Số ca bệnh nghề nghiệp được phát hiện gấp 1,8 lần năm 2019. Bệnh bụi phổi silic vẫn chiếm khoảng 74% tổng số ca, tiếp đến là điếc nghề nghiệp do tiếng ồn (khoảng 15%).

Một số địa phương có số người được khám phát hiện bệnh nghề nghiệp cao là Bình Dương (18.420 người), Đồng Nai (15.960 người), Quảng Ninh (12.375 người). Tính đến ngày 31/12/2023, toàn quốc có 145 cơ sở khám bệnh nghề nghiệp đủ điều kiện, tăng 12 cơ sở so với năm 2022; 56/63 tỉnh, thành phố đã có cơ sở khám bệnh nghề nghiệp.

Hiện danh mục bệnh nghề nghiệp được hưởng bảo hiểm xã hội gồm 35 bệnh. Tuy nhiên, ước tính mới chỉ khoảng 7% người lao động làm việc trong môi trường có yếu tố có hại được khám phát hiện bệnh nghề nghiệp. Năm 2023, Quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp đã chi 1.245,8 tỷ đồng.

Theo Chương trình quốc gia về an toàn, vệ sinh lao động ban hành kèm Quyết định số 2194/QĐ-TTg, đến năm 2025 phấn đấu 50% người lao động làm việc tại cơ sở có nguy cơ cao được khám phát hiện bệnh nghề nghiệp.

Đường dây nóng Bộ Y tế: 1900 9095. Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội.
"""

Y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 6.200 ca", "6.200", 6200, "count", "ca",
      "ca bệnh nghề nghiệp được phát hiện", Y23h, approx="over"),
    F("cho 145.612 người lao động", "145.612", 145612, "count", "người lao động",
      "người lao động được khám phát hiện bệnh nghề nghiệp", Y23),
    F("phát hiện 6.238 trường hợp", "6.238", 6238, "count", "trường hợp",
      "trường hợp mắc bệnh nghề nghiệp được phát hiện", Y23,
      change=CH("increase", 11.4, "%", "năm 2022")),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần",
      "số ca bệnh nghề nghiệp được phát hiện so với năm 2019", I(Y23)),
    F("khoảng 74%", "74", 74, "percent", "%",
      "bệnh bụi phổi silic trong tổng số ca bệnh nghề nghiệp", I(Y23), approx="about"),
    F("(khoảng 15%)", "15", 15, "percent", "%",
      "điếc nghề nghiệp do tiếng ồn trong tổng số ca bệnh nghề nghiệp", I(Y23), approx="about"),
    F("Bình Dương (18.420 người)", "18.420", 18420, "count", "người",
      "người được khám phát hiện bệnh nghề nghiệp", I(Y23), location="Bình Dương"),
    F("Đồng Nai (15.960 người)", "15.960", 15960, "count", "người",
      "người được khám phát hiện bệnh nghề nghiệp", I(Y23), location="Đồng Nai"),
    F("Quảng Ninh (12.375 người)", "12.375", 12375, "count", "người",
      "người được khám phát hiện bệnh nghề nghiệp", I(Y23), location="Quảng Ninh"),
    F("có 145 cơ sở", "145", 145, "count", "cơ sở",
      "cơ sở khám bệnh nghề nghiệp đủ điều kiện", ASOF,
      change=CH("increase", 12, "cơ sở", "năm 2022")),
    F("56/63 tỉnh", "56", 56, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã có cơ sở khám bệnh nghề nghiệp", ASOF, total=63),
    F("gồm 35 bệnh", "35", 35, "count", "bệnh",
      "bệnh nghề nghiệp được hưởng bảo hiểm xã hội trong danh mục"),
    F("khoảng 7% người lao động", "7", 7, "percent", "%",
      "người lao động làm việc trong môi trường có yếu tố có hại được khám phát hiện bệnh nghề nghiệp",
      approx="about", status="estimate"),
    F("chi 1.245,8 tỷ đồng", "1.245,8", 1245800000000, "money", "đồng",
      "Quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp chi", Y23b),
    F("phấn đấu 50%", "50", 50, "percent", "%",
      "người lao động làm việc tại cơ sở có nguy cơ cao được khám phát hiện bệnh nghề nghiệp",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Ministry of Health portal: national occupational disease results 2023 (conference of Cục Quản lý Môi trường y tế). Dateline '26/04/2024 14:20'.",
    "Location Việt Nam throughout; provinces in the list 'Bình Dương (18.420 người), …' are the items' locations.",
    "'gấp 1,8 lần năm 2019' stands as the sentence's claim: a multiple figure. The two 'khoảng' shares are percents of their own (parts, not shares of a count).",
    "'56/63 tỉnh, thành phố' = count 56, total 63. 'tăng 12 cơ sở so với năm 2022' = change of the 145 cơ sở.",
    "'Hiện … gồm 35 bệnh' has no period phrase (none). Distractors: 'Ngày 25/4', Quyết định số 2194/QĐ-TTg, hotline 1900 9095, '138A Giảng Võ'.",
    "'1.245,8 tỷ đồng' is the Vietnamese thousands+decimal form = 1 245,8 × 10^9.",
]

if __name__ == "__main__":
    emit("p707-4", TEXT, COMMENTS, FIGS, published="2024-04-26", location="Việt Nam")
