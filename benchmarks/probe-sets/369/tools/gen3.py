from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN
Lục Ngạn: Nâng cao chất lượng quản lý mã số vùng trồng vải thiều

Vụ vải thiều năm 2024, huyện Lục Ngạn duy trì 28 mã số vùng trồng xuất khẩu sang thị trường Trung Quốc với diện tích 11.246 ha; 5 mã sang thị trường Mỹ (86 ha), 4 mã sang Nhật Bản (52,5 ha) và 3 mã sang EU (41 ha). Toàn huyện hiện có 28.500 ha vải thiều, trong đó diện tích sản xuất theo tiêu chuẩn VietGAP là 16.200 ha, chiếm 56,8%; diện tích theo tiêu chuẩn GlobalGAP 221 ha.

Sản lượng vải thiều năm 2024 của huyện ước đạt 98.000 tấn, tăng 8,9% so với năm 2023; trong đó, xuất khẩu khoảng 42.000 tấn, chiếm 42,9%. Giá bán tại vườn dao động từ 18.000 đến 32.000 đồng/kg, cao hơn năm trước khoảng 4.000 đồng/kg. Tổng doanh thu từ vải thiều và dịch vụ liên quan ước đạt gần 3,8 nghìn tỷ đồng.

Về truy xuất nguồn gốc, đến nay đã có 4.530 hộ trồng vải được cấp mã QR truy xuất nguồn gốc, tăng gần 1.200 hộ so với năm 2023; 100% mã số vùng trồng xuất khẩu đã được số hóa trên phần mềm quản lý của huyện. Trên địa bàn có 17 cơ sở đóng gói vải thiều được cấp mã số xuất khẩu sang Trung Quốc và 2 cơ sở đủ điều kiện xuất khẩu sang Mỹ, Nhật Bản.

Thực hiện Kế hoạch số 118/KH-UBND của UBND huyện, Phòng Nông nghiệp và PTNT đã phối hợp kiểm tra định kỳ các mã số; không có lô vải xuất khẩu nào bị trả về. Các tổ chức, cá nhân cần hỗ trợ liên hệ đường dây nóng 0204.3882.156 hoặc trụ sở Phòng tại Tổ dân phố Trường Chinh, thị trấn Chũ (cách Quốc lộ 31 khoảng 200 m).

Nguyễn Hường - Trung tâm VH-TT&TT huyện
27/8/2024
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Y_I = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
NOW = P("đến nay", None, "2024-08-27")
NOW_I = P("đến nay", None, "2024-08-27", inh=True)

FIGS = [
    F("duy trì 28 mã", "28", 28, "count", "mã số vùng trồng",
      "mã số vùng trồng vải thiều xuất khẩu sang thị trường Trung Quốc", period=Y),
    F("diện tích 11.246 ha", "11.246", 11246, "measure", "ha",
      "diện tích mã số vùng trồng xuất khẩu sang Trung Quốc", period=Y),
    F("; 5 mã", "5", 5, "count", "mã", "mã số vùng trồng vải thiều xuất khẩu sang thị trường Mỹ", period=Y),
    F("(86 ha)", "86", 86, "measure", "ha", "diện tích mã số vùng trồng xuất khẩu sang Mỹ", period=Y),
    F("4 mã sang", "4", 4, "count", "mã", "mã số vùng trồng vải thiều xuất khẩu sang Nhật Bản", period=Y),
    F("(52,5 ha)", "52,5", 52.5, "measure", "ha", "diện tích mã số vùng trồng xuất khẩu sang Nhật Bản", period=Y),
    F("3 mã sang", "3", 3, "count", "mã", "mã số vùng trồng vải thiều xuất khẩu sang EU", period=Y),
    F("(41 ha)", "41", 41, "measure", "ha", "diện tích mã số vùng trồng xuất khẩu sang EU", period=Y),
    F("có 28.500 ha", "28.500", 28500, "measure", "ha", "diện tích vải thiều toàn huyện"),
    F("là 16.200 ha", "16.200", 16200, "measure", "ha", "diện tích sản xuất theo tiêu chuẩn VietGAP",
      total=28500, percent=56.8),
    F("GlobalGAP 221 ha", "221", 221, "measure", "ha", "diện tích theo tiêu chuẩn GlobalGAP", total=28500),
    F("ước đạt 98.000 tấn", "98.000", 98000, "measure", "tấn", "sản lượng vải thiều", status="estimate",
      change={"direction": "increase", "value": 8.9, "unit": "%", "baseline": "năm 2023"}, period=Y),
    F("khoảng 42.000 tấn", "42.000", 42000, "measure", "tấn", "sản lượng vải thiều xuất khẩu", approx="about",
      total=98000, percent=42.9, status="estimate", period=Y),
    F("từ 18.000 đến 32.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá bán vải thiều tại vườn",
      value_max=32000, change={"direction": "increase", "value": 4000, "unit": "đồng/kg", "approx": "about",
                               "baseline": "năm trước"}, period=Y_I),
    F("gần 3,8 nghìn tỷ đồng", "3,8", 3800000000000, "money", "đồng",
      "tổng doanh thu từ vải thiều và dịch vụ liên quan", approx="nearly", status="estimate", period=Y_I),
    F("có 4.530 hộ", "4.530", 4530, "count", "hộ", "hộ trồng vải được cấp mã QR truy xuất nguồn gốc",
      change={"direction": "increase", "value": 1200, "unit": "hộ", "approx": "nearly", "baseline": "năm 2023"},
      period=NOW),
    F("100% mã số", "100", 100, "percent", "%", "mã số vùng trồng xuất khẩu được số hóa", period=NOW),
    F("có 17 cơ sở", "17", 17, "count", "cơ sở đóng gói",
      "cơ sở đóng gói vải thiều được cấp mã số xuất khẩu sang Trung Quốc"),
    F("và 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở đủ điều kiện xuất khẩu sang Mỹ, Nhật Bản"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lục Ngạn, Bắc Giang (district portal): lychee growing-area codes by market, production, traceability; bare date '27/8/2024' at the end.",
    "Location: the district for every figure. Market lists ('5 mã sang thị trường Mỹ (86 ha)') give a count and an area each; markets are not places of the figure.",
    "'16.200 ha, chiếm 56,8%' and '221 ha' are the parts after 'trong đó' following 28.500 ha: total 28500 each.",
    "'khoảng 42.000 tấn, chiếm 42,9%' after 'trong đó' in the same sentence as 'ước đạt 98.000 tấn': total 98000, estimate (continuing clause).",
    "Price range 'từ 18.000 đến 32.000 đồng/kg' is money with unit đồng/kg; 'cao hơn năm trước khoảng 4.000 đồng/kg' is its change.",
    "'đến nay' ends at the closing date 27/8/2024. 'hiện có 28.500 ha', '17 cơ sở': no period phrase.",
    "'gần 3,8 nghìn tỷ đồng' = 3.8e12 (nghìn tỷ). Distractors: 'Kế hoạch số 118/KH-UBND', hotline 0204.3882.156, 'Quốc lộ 31', 'khoảng 200 m' (an address direction, optional), 'VH-TT&TT', date line.",
    "'không có lô … nào' is no number.",
]
FIGS.append(F("khoảng 200 m", "200", 200, "measure", "m", optional=True))

if __name__ == "__main__":
    build(3, TEXT, COMMENTS, FIGS, published="2024-08-27", location="Lục Ngạn")
