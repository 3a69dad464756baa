#!/usr/bin/env python3
"""p703-2: Côn Đảo district portal — sea-turtle nests H1/2024, coral replanting vs plan, patrols, eco-tourism."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔN ĐẢO
Thứ Sáu, 12/07/2024 - 14:35

Hơn 1.100 tổ rùa biển được bảo vệ trong 6 tháng đầu năm

Theo Ban Quản lý Vườn quốc gia Côn Đảo, 6 tháng đầu năm 2024, lực lượng kiểm lâm ghi nhận 1.126 lượt rùa mẹ lên bãi đẻ với 1.108 tổ trứng, tăng 12,4% so với cùng kỳ năm 2023. Đơn vị đã di dời, ấp nở 98.650 trứng; tỷ lệ nở thành công đạt 84,6%, thả về biển an toàn 81.240 rùa con.

Bãi Bảy Cạnh tiếp tục là nơi có nhiều rùa lên đẻ nhất với 512 tổ, tiếp đến là Hòn Cau 236 tổ, Hòn Tre Lớn 174 tổ.

Về bảo tồn rạn san hô, kế hoạch năm 2024 của Vườn quốc gia là trồng phục hồi 2.500 m² san hô tại vịnh Đầm Tre. Tính đến ngày 30/6/2024, đơn vị đã trồng được 1.800 m², đạt 72% kế hoạch, tỷ lệ sống của các tập đoàn san hô trên 90%.

Công tác tuần tra, kiểm soát được duy trì thường xuyên: 6 tháng qua, Trạm Kiểm lâm Hòn Bảy Cạnh và các trạm phối hợp thực hiện 312 lượt tuần tra trên biển, phát hiện 9 vụ khai thác thủy sản trái phép trong vùng lõi, tạm giữ 2 tàu cá mang số hiệu BV 92456-TS và KG 91872-TS.

Hoạt động du lịch sinh thái tăng mạnh: Vườn quốc gia đón 38.500 lượt khách tham quan, trong đó khách quốc tế 4.120 lượt; thu phí tham quan và dịch vụ trên 6,2 tỷ đồng, bằng 58% dự toán cả năm.

Người dân phát hiện hành vi xâm hại rùa biển, san hô xin báo về đường dây nóng 0254.3830.669.

Thanh Hải (Trung tâm Văn hóa - Thể thao huyện)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1h = P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("kế hoạch năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    F("Hơn 1.100 tổ", "1.100", 1100, "count", "tổ", "tổ rùa biển được bảo vệ", H1h, approx="over"),
    F("ghi nhận 1.126 lượt", "1.126", 1126, "count", "lượt", "lượt rùa mẹ lên bãi đẻ", H1),
    F("với 1.108 tổ trứng", "1.108", 1108, "count", "tổ trứng", "tổ trứng rùa biển", H1,
      change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("ấp nở 98.650 trứng", "98.650", 98650, "count", "trứng", "trứng rùa di dời, ấp nở", I(H1)),
    F("đạt 84,6%", "84,6", 84.6, "percent", "%", "tỷ lệ nở thành công", I(H1)),
    F("an toàn 81.240 rùa con", "81.240", 81240, "count", "rùa con", "rùa con thả về biển an toàn", I(H1)),
    F("nhất với 512 tổ", "512", 512, "count", "tổ", "tổ rùa lên đẻ tại Bãi Bảy Cạnh", I(H1)),
    F("Hòn Cau 236 tổ", "236", 236, "count", "tổ", "tổ rùa lên đẻ tại Hòn Cau", I(H1)),
    F("Hòn Tre Lớn 174 tổ", "174", 174, "count", "tổ", "tổ rùa lên đẻ tại Hòn Tre Lớn", I(H1)),
    F("trồng phục hồi 2.500 m²", "2.500", 2500, "measure", "m²", "diện tích san hô trồng phục hồi tại vịnh Đầm Tre", Y24,
      status="target"),
    F("trồng được 1.800 m²", "1.800", 1800, "measure", "m²", "diện tích san hô đã trồng phục hồi", ASOF, percent=72),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ sống của các tập đoàn san hô", ASOF, approx="over"),
    F("thực hiện 312 lượt", "312", 312, "count", "lượt", "lượt tuần tra trên biển", I(H1)),
    F("phát hiện 9 vụ", "9", 9, "count", "vụ", "vụ khai thác thủy sản trái phép trong vùng lõi", I(H1)),
    F("tạm giữ 2 tàu cá", "2", 2, "count", "tàu cá", "tàu cá bị tạm giữ", I(H1)),
    F("đón 38.500 lượt khách", "38.500", 38500, "count", "lượt khách", "lượt khách tham quan Vườn quốc gia", I(H1)),
    F("quốc tế 4.120 lượt", "4.120", 4120, "count", "lượt", "khách quốc tế", I(H1), total=38500),
    F("trên 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "thu phí tham quan và dịch vụ", I(H1), approx="over", percent=58),
]

COMMENTS = [
    "Cổng TTĐT huyện Côn Đảo (district portal): rùa biển, trồng phục hồi san hô, tuần tra, du lịch sinh thái, 6 tháng đầu năm 2024.",
    "Dateline 'Thứ Sáu, 12/07/2024 - 14:35' (published); byline at the end. Headline '6 tháng đầu năm' takes 2024 from the dateline.",
    "'Bãi/Hòn Bảy Cạnh' (word number in a name), boat numbers 'BV 92456-TS', 'KG 91872-TS', phone are not figures. Sites in the",
    "nesting list are beaches/islets, not places: location stays Côn Đảo. 'tỷ lệ nở thành công đạt 84,6%' names its own indicator: a",
    "percent figure, not the percent of 98.650 trứng. 1.800 m² 'đạt 72% kế hoạch' → percent 72; the plan 2.500 m² is a target figure of its own",
    "(no target attribute, as in shared h23). '6 tháng qua' is left without a stated period (inherited). 'bằng 58% dự toán' → percent.",
]

if __name__ == "__main__":
    emit("p703-2", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Côn Đảo")
