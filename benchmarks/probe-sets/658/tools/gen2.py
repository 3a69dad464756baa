"""p658-2: district portal, Hiệp Hòa (Bắc Giang), ASF vaccination and culling, first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HIỆP HÒA
Tin hoạt động > Kinh tế - Nông nghiệp

Hiệp Hòa: Tiêm hơn 8.400 liều vắc xin dịch tả lợn châu Phi trong 6 tháng

Thứ Năm, 18/07/2024 - 15:20

6 tháng đầu năm 2024, huyện Hiệp Hòa đã tiêm 8.450 liều vắc xin dịch tả lợn châu Phi (ASF) cho đàn lợn của 312 hộ và 18 trang trại, đạt 42,3% tổng đàn lợn thịt trong diện tiêm. Vắc xin được sử dụng là AVAC ASF LIVE, tiêm cho lợn từ 4 tuần tuổi trở lên; giá vắc xin từ 50.000 đến 65.000 đồng/liều, người chăn nuôi được huyện hỗ trợ 30% giá.

Dù vậy, dịch vẫn xuất hiện tại 14 hộ chăn nuôi ở 6 xã gồm Đoan Bái, Hoàng Vân, Thái Sơn, Hùng Sơn, Mai Đình và Đông Lỗ. Các địa phương đã tiêu hủy 583 con lợn, giảm 64,2% so với cùng kỳ năm 2023, với tổng trọng lượng 36.240 kg. Toàn bộ số lợn bị tiêu hủy đều chưa được tiêm phòng.

Huyện áp dụng mức hỗ trợ 38.000 đồng/kg lợn hơi theo Quyết định số 1120/QĐ-UBND của UBND tỉnh. Đến ngày 30/6/2024, huyện đã chi trả gần 1,38 tỷ đồng cho 14 hộ có lợn bị tiêu hủy.

Công tác vệ sinh, tiêu độc được duy trì thường xuyên: huyện đã cấp 2.600 lít hóa chất Benkocid và 15 tấn vôi bột, tổ chức phun khử trùng trên 1.200 lượt tại các chợ buôn bán gia súc, gia cầm dọc Quốc lộ 37 và Tỉnh lộ 295.

Phấn đấu đến cuối năm 2024, tỷ lệ tiêm phòng vắc xin ASF đạt từ 60 đến 70% tổng đàn lợn. Kinh phí dự kiến khoảng 450 triệu đồng.

Nguyễn Thu Hà - Phòng Nông nghiệp và PTNT

Địa chỉ: Thị trấn Thắng, huyện Hiệp Hòa, tỉnh Bắc Giang. Điện thoại: 0204.3872.318
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("hơn 8.400 liều", "8.400", 8400, "count", "liều", "liều vắc xin dịch tả lợn châu Phi đã tiêm",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("tiêm 8.450 liều", "8.450", 8450, "count", "liều", "liều vắc xin dịch tả lợn châu Phi (ASF) đã tiêm", H1,
      percent=42.3),
    F("của 312 hộ", "312", 312, "count", "hộ", "hộ có đàn lợn được tiêm vắc xin dịch tả lợn châu Phi", H1),
    F("và 18 trang trại", "18", 18, "count", "trang trại", "trang trại có đàn lợn được tiêm vắc xin dịch tả lợn châu Phi",
      H1),
    F("từ 4 tuần tuổi", "4", 4, "measure", "tuần tuổi", "tuổi lợn được tiêm vắc xin", approx="at_least",
      optional=True),
    F("từ 50.000 đến 65.000", "50.000", 50000, "money", "đồng/liều", "giá vắc xin", value_max=65000),
    F("hỗ trợ 30% giá", "30", 30, "percent", "%", "mức huyện hỗ trợ giá vắc xin cho người chăn nuôi"),
    F("tại 14 hộ", "14", 14, "count", "hộ", "hộ chăn nuôi có dịch tả lợn châu Phi", I(H1)),
    F("ở 6 xã", "6", 6, "count", "xã", "xã có dịch tả lợn châu Phi", I(H1)),
    F("tiêu hủy 583 con", "583", 583, "count", "con lợn", "lợn bị tiêu hủy", I(H1),
      change=CH("decrease", 64.2, baseline="cùng kỳ năm 2023")),
    F("lượng 36.240 kg", "36.240", 36240, "measure", "kg", "tổng trọng lượng lợn bị tiêu hủy", I(H1)),
    F("hỗ trợ 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "mức hỗ trợ lợn hơi bị tiêu hủy"),
    F("gần 1,38 tỷ đồng", "1,38", 1380000000, "money", "đồng", "kinh phí hỗ trợ chi trả cho hộ có lợn bị tiêu hủy",
      P("Đến ngày 30/6/2024", end="2024-06-30"), approx="nearly"),
    F("cho 14 hộ", "14", 14, "count", "hộ", "hộ có lợn bị tiêu hủy được chi trả hỗ trợ",
      P("Đến ngày 30/6/2024", end="2024-06-30")),
    F("cấp 2.600 lít", "2.600", 2600, "measure", "lít", "hóa chất Benkocid đã cấp"),
    F("và 15 tấn", "15", 15, "measure", "tấn", "vôi bột đã cấp"),
    F("trên 1.200 lượt", "1.200", 1200, "count", "lượt", "lượt phun khử trùng tại các chợ buôn bán gia súc, gia cầm",
      approx="over"),
    F("từ 60 đến 70%", "60", 60, "percent", "%", "tỷ lệ tiêm phòng vắc xin ASF trên tổng đàn lợn",
      P("đến cuối năm 2024", end="2024-12-31"), value_max=70, status="target"),
    F("khoảng 450 triệu", "450", 450000000, "money", "đồng", "kinh phí tiêm phòng vắc xin ASF",
      P("đến cuối năm 2024", end="2024-12-31", inh=True), approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hiệp Hòa (invented): ASF vaccination, outbreaks, culling and compensation, first half of 2024.",
    "Dateline 'Thứ Năm, 18/07/2024 - 15:20'; the headline's year-less '6 tháng' takes 2024 (published).",
    "Quốc lộ 37, Tỉnh lộ 295, 'AVAC ASF LIVE', Quyết định số 1120/QĐ-UBND, phone, byline are not figures.",
    "'từ 4 tuần tuổi trở lên' is an eligibility threshold: optional. 'đạt 42,3% tổng đàn' is the percent of 8.450 liều.",
    "The change 'giảm 64,2%' stands right after 583 con lợn; the weight 36.240 kg has none. The province is only 'tỉnh'",
    "in the body but named in the footer; figures are the district's (location Hiệp Hòa).",
]

if __name__ == "__main__":
    emit("p658-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hiệp Hòa")
