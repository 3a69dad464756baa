"""p778-4: Ministry of Industry and Trade site — markets in ethnic-minority/mountain areas and border markets (national)."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ / Tin tức / Thị trường trong nước
Ngày đăng: 22/08/2024 | Lượt xem: 1.572

Phát triển chợ vùng đồng bào dân tộc thiểu số, miền núi và chợ biên giới

Theo Vụ Thị trường trong nước, tính đến ngày 30/6/2024, cả nước có 8.283 chợ, trong đó 2.609 chợ tại các xã vùng đồng bào dân tộc thiểu số và miền núi, chiếm 31,5%. Số chợ biên giới, chợ cửa khẩu, chợ trong khu kinh tế cửa khẩu là 96 chợ, phân bố tại 21 tỉnh có đường biên giới.

Giai đoạn 2021-2024, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đã hỗ trợ đầu tư xây mới, cải tạo 347 chợ với tổng vốn khoảng 1.280 tỷ đồng. Các địa phương có nhiều chợ được hỗ trợ là Hà Giang (31 chợ), Sơn La (28 chợ), Điện Biên (24 chợ) và Lai Châu (19 chợ).

Năm 2023, tổng kim ngạch trao đổi hàng hóa của cư dân biên giới qua các chợ ước đạt 9.760 tỷ đồng, tăng 14,2% so với năm 2022. Lạng Sơn dẫn đầu với khoảng 3.450 tỷ đồng; Lào Cai và Quảng Ninh lần lượt xếp thứ 2 và thứ 3. Doanh thu bình quân của một chợ biên giới gấp 2,3 lần một chợ nông thôn thông thường.

Tuy nhiên, còn khoảng 17% số xã vùng dân tộc thiểu số chưa có chợ; nhiều chợ phiên hạ tầng xuống cấp, thiếu nhà vệ sinh và hệ thống phòng cháy.

Theo Quyết định số 1163/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025 có 100% chợ biên giới đáp ứng yêu cầu phòng cháy, chữa cháy; đến năm 2030 khoảng 80% số xã vùng dân tộc thiểu số có chợ đạt chuẩn.

Cổng Thông tin điện tử Bộ Công Thương - Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2222.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("cả nước có 8.283 chợ", "8.283", 8283, "count", "chợ", "chợ", ASOF),
    F("trong đó 2.609 chợ", "2.609", 2609, "count", "chợ",
      "chợ tại các xã vùng đồng bào dân tộc thiểu số và miền núi", ASOF, total=8283, percent=31.5),
    F("là 96 chợ", "96", 96, "count", "chợ", "chợ biên giới, chợ cửa khẩu, chợ trong khu kinh tế cửa khẩu",
      INH(ASOF)),
    F("tại 21 tỉnh", "21", 21, "count", "tỉnh", "tỉnh có đường biên giới có chợ biên giới", INH(ASOF)),
    F("cải tạo 347 chợ", "347", 347, "count", "chợ", "chợ được hỗ trợ đầu tư xây mới, cải tạo", G),
    F("khoảng 1.280 tỷ đồng", "1.280", 1280000000000, "money", "đồng",
      "tổng vốn hỗ trợ đầu tư xây mới, cải tạo chợ", G, approx="about"),
    F("Hà Giang (31 chợ)", "31", 31, "count", "chợ", "chợ được hỗ trợ", INH(G), location="Hà Giang"),
    F("Sơn La (28 chợ)", "28", 28, "count", "chợ", "chợ được hỗ trợ", INH(G), location="Sơn La"),
    F("Điện Biên (24 chợ)", "24", 24, "count", "chợ", "chợ được hỗ trợ", INH(G), location="Điện Biên"),
    F("Lai Châu (19 chợ)", "19", 19, "count", "chợ", "chợ được hỗ trợ", INH(G), location="Lai Châu"),
    F("ước đạt 9.760 tỷ đồng", "9.760", 9760000000000, "money", "đồng",
      "tổng kim ngạch trao đổi hàng hóa của cư dân biên giới qua các chợ", Y23,
      change=CH("increase", 14.2, "%", "năm 2022"), status="estimate"),
    F("khoảng 3.450 tỷ đồng", "3.450", 3450000000000, "money", "đồng",
      "kim ngạch trao đổi hàng hóa của cư dân biên giới qua các chợ", INH(Y23),
      approx="about", location="Lạng Sơn"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "kim ngạch trao đổi hàng hóa của cư dân biên giới",
      INH(Y23), location="Lào Cai"),
    F("và thứ 3", "3", 3, "rank", "hạng", "kim ngạch trao đổi hàng hóa của cư dân biên giới",
      INH(Y23), location="Quảng Ninh"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần",
      "doanh thu bình quân của một chợ biên giới so với một chợ nông thôn thông thường"),
    F("khoảng 17%", "17", 17, "percent", "%", "xã vùng dân tộc thiểu số chưa có chợ", approx="about"),
    F("có 100% chợ biên giới", "100", 100, "percent", "%",
      "chợ biên giới đáp ứng yêu cầu phòng cháy, chữa cháy", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("khoảng 80%", "80", 80, "percent", "%", "xã vùng dân tộc thiểu số có chợ đạt chuẩn",
      P("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Bộ Công Thương site (Ngày đăng: 22/08/2024 | Lượt xem: 1.572): national market network, MTQG support 2021-2024, border-resident trade 2023, targets.",
    "National figures → Việt Nam; provinces in the bracketed list and in the 'lần lượt xếp thứ 2 và thứ 3' ranks → their location.",
    "The province list does not add up to 347 and has no cue: no total. Lạng Sơn's 3.450 tỷ stands in a new sentence after 'ước đạt': actual, no total.",
    "'gấp 2,3 lần' stands alone as the claim (no base amount): multiple. 'khoảng 17%' and the 2025/2030 percents are percent figures.",
    "'21 tỉnh' is a count of provinces (location Việt Nam).",
    "Distractors: Quyết định số 1163/QĐ-TTg, Lượt xem, address 54 Hai Bà Trưng, phone 024.2220.2222, 'Giai đoạn 2021-2024'.",
]

if __name__ == "__main__":
    emit("p778-4", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Việt Nam")
