"""p940-4: ministry site (Cục Trồng trọt, Bộ NN&PTNT), national chestnut overview."""
from lib import F, write, year, inh, period, change

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC TRỒNG TRỌT
Trang chủ > Tin hoạt động
Phát triển cây dẻ thành cây hàng hóa vùng miền núi phía Bắc
Ngày đăng: 06/03/2025 | Lượt xem: 1.147

Ngày 5/3, tại Cao Bằng, Cục Trồng trọt phối hợp với UBND tỉnh Cao Bằng tổ chức Hội thảo "Phát triển bền vững cây dẻ vùng miền núi phía Bắc".

Theo báo cáo tại hội thảo, năm 2024 cả nước có khoảng 9.800 ha dẻ trồng tập trung, tăng 6,5% so với năm 2023, phân bố tại 8 tỉnh miền núi phía Bắc. Các địa phương có diện tích lớn nhất lần lượt là Cao Bằng (2.760 ha), Lạng Sơn (2.120 ha), Bắc Kạn (1.650 ha) và Hà Giang (1.080 ha).

Sản lượng hạt dẻ cả nước năm 2024 ước đạt 5.600 tấn, năng suất bình quân 7,2 tạ/ha. Giá hạt dẻ tươi tại vườn phổ biến từ 50.000 đến 90.000 đồng/kg, tùy vùng và chất lượng. Tuy nhiên, mỗi năm nước ta vẫn nhập khẩu khoảng 12.000 tấn hạt dẻ, chủ yếu từ Trung Quốc, gấp hơn 2 lần sản lượng trong nước.

Tính đến 31/12/2024, cả nước có 46 sản phẩm từ hạt dẻ được công nhận OCOP, trong đó 11 sản phẩm 4 sao. Đã có 3 sản phẩm hạt dẻ được bảo hộ chỉ dẫn địa lý là hạt dẻ Trùng Khánh, hạt dẻ Bắc Kạn và hạt dẻ Tràng Định. Cả nước có 58 hợp tác xã sản xuất, kinh doanh hạt dẻ, chiếm chưa đến 1% số hợp tác xã nông nghiệp.

Theo Quyết định số 255/QĐ-TTg, mục tiêu đến năm 2030 diện tích dẻ cả nước đạt 15.000 ha, sản lượng trên 12.000 tấn, có ít nhất 30 sản phẩm OCOP từ 4 sao trở lên. Cục Trồng trọt đề nghị các địa phương rà soát quỹ đất, dự kiến bổ sung khoảng 2.500 ha vào vùng trồng tập trung trong giai đoạn 2025-2027.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

Y24 = year("năm 2024", 2024)
T30 = period("đến năm 2030", None, "2030-12-31")
AT = period("Tính đến 31/12/2024", None, "2024-12-31")

FIGS = [
    F("khoảng 9.800 ha", "9.800", 9800, "measure", "ha", "diện tích dẻ trồng tập trung", Y24, approx="about",
      change=change("increase", 6.5, "%", "năm 2023")),
    F("tại 8 tỉnh", "8", 8, "count", "tỉnh", "tỉnh có dẻ trồng tập trung", Y24),
    F("Cao Bằng (2.760 ha)", "2.760", 2760, "measure", "ha", "diện tích dẻ", inh(Y24), location="Cao Bằng"),
    F("Lạng Sơn (2.120 ha)", "2.120", 2120, "measure", "ha", "diện tích dẻ", inh(Y24), location="Lạng Sơn"),
    F("Bắc Kạn (1.650 ha)", "1.650", 1650, "measure", "ha", "diện tích dẻ", inh(Y24), location="Bắc Kạn"),
    F("Hà Giang (1.080 ha)", "1.080", 1080, "measure", "ha", "diện tích dẻ", inh(Y24), location="Hà Giang"),
    F("ước đạt 5.600 tấn", "5.600", 5600, "measure", "tấn", "sản lượng hạt dẻ", year("năm 2024", 2024),
      status="estimate"),
    F("bình quân 7,2 tạ/ha", "7,2", 7.2, "measure", "tạ/ha", "năng suất dẻ bình quân", year("năm 2024", 2024),
      status="estimate"),
    F("từ 50.000 đến 90.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá hạt dẻ tươi tại vườn",
      value_max=90000),
    F("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn/năm", "hạt dẻ nhập khẩu", approx="about",
      change=change("increase", 2, "lần", "sản lượng trong nước", approx="over")),
    F("có 46 sản phẩm", "46", 46, "count", "sản phẩm", "sản phẩm từ hạt dẻ được công nhận OCOP", AT),
    F("trong đó 11 sản phẩm", "11", 11, "count", "sản phẩm", "sản phẩm OCOP 4 sao", AT, total=46),
    F("11 sản phẩm 4 sao", "4", 4, "measure", "sao", None, optional=True),
    F("có 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm hạt dẻ được bảo hộ chỉ dẫn địa lý"),
    F("có 58 hợp tác xã", "58", 58, "count", "hợp tác xã", "hợp tác xã sản xuất, kinh doanh hạt dẻ", percent=1),
    F("đạt 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích dẻ", T30, status="target"),
    F("sản lượng trên 12.000 tấn", "12.000", 12000, "measure", "tấn", "sản lượng hạt dẻ", T30, status="target",
      approx="over"),
    F("ít nhất 30 sản phẩm", "30", 30, "count", "sản phẩm", "sản phẩm OCOP từ 4 sao trở lên", T30, status="target",
      approx="at_least"),
    F("từ 4 sao trở lên", "4", 4, "measure", "sao", None, optional=True, approx="at_least"),
    F("khoảng 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích bổ sung vào vùng trồng tập trung",
      period("giai đoạn 2025-2027", "2025-01-01", "2027-12-31"), status="forecast", approx="about"),
]

COMMENTS = [
    "Cục Trồng trọt (Bộ NN&PTNT), 06/03/2025: national overview of chestnut growing (Việt Nam).",
    "Not figures: 'Lượt xem: 1.147', 'Ngày 5/3', 'Quyết định số 255/QĐ-TTg', 'giai đoạn 2025-2027', address 'Số 2 Ngọc Hà', phone.",
    "Provinces in the 'lần lượt' list are locations of their items; 'Trung Quốc' (trade partner) does not localise 12.000 tấn.",
    "'gấp hơn 2 lần sản lượng trong nước' qualifies the 12.000 tấn in the same clause: its change (× 2, lần, over), not a multiple",
    "figure of its own. 'chiếm chưa đến 1%' after 58 hợp tác xã is its percent (value 1; the 'under' cannot be carried).",
    "The 3 GI products stand in a sentence of their own (not a part of the 46 OCOP products): no total. '4 sao' optional.",
]

write(4, TEXT, FIGS, COMMENTS, published="2025-03-06", location="Việt Nam")
