import sys
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Kinh tế | Nông nghiệp

22/05/2024 | 10:15

Quý I/2024: 97,8% mẫu nông sản đạt yêu cầu an toàn thực phẩm

Quý I/2024, Chi cục Quản lý chất lượng nông lâm sản và thủy sản thành phố đã lấy 1.350 mẫu rau, quả, thịt và thủy sản để kiểm tra dư lượng thuốc bảo vệ thực vật, kháng sinh và chất cấm, tăng 150 mẫu so với quý I/2023. Trong đó, 1.320 mẫu đạt yêu cầu, chiếm 97,8%; 30 mẫu không đạt, gồm 22 mẫu rau ăn lá và 8 mẫu thủy sản.

Về truy xuất nguồn gốc, tính đến ngày 15/5/2024 thành phố đã cấp 2.146 mã QR truy xuất cho sản phẩm của 412 cơ sở, trong đó có 85 cơ sở đạt VietGAP, 17 cơ sở đạt GlobalGAP; 36 sản phẩm OCOP đã gắn tem điện tử.

Diện tích sản xuất VietGAP trên địa bàn đạt 3.760 ha, chủ yếu ở các huyện Phong Điền (1.120 ha cây ăn trái), Thới Lai (985 ha lúa) và Vĩnh Thạnh (860 ha lúa). Chi phí ứng dụng truy xuất khoảng 1,2-1,5 triệu đồng/cơ sở/năm, ngân sách thành phố hỗ trợ 70%.

Năm 2024, thành phố dự kiến lấy 5.000 mẫu giám sát, phấn đấu 100% cơ sở sản xuất VietGAP được cấp mã truy xuất. Mọi phản ánh về an toàn thực phẩm xin gửi về đường dây nóng 0292.3821.654 hoặc Chi cục tại số 28 Trần Hưng Đạo, quận Ninh Kiều.

Nguồn: Sở Nông nghiệp và Phát triển nông thôn
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
ASOF = P("tính đến ngày 15/5/2024", None, "2024-05-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
VG = "diện tích sản xuất VietGAP"

FIGS = [
    F("Quý I/2024: 97,8%", "97,8", 97.8, "percent", "%", "mẫu nông sản đạt yêu cầu an toàn thực phẩm", Q1),
    F("lấy 1.350 mẫu", "1.350", 1350, "count", "mẫu", "mẫu rau, quả, thịt và thủy sản kiểm tra dư lượng", Q1,
      change=CH("increase", 150, "mẫu", "quý I/2023")),
    F("1.320 mẫu", "1.320", 1320, "count", "mẫu", "mẫu đạt yêu cầu", I(Q1), total=1350, percent=97.8),
    F("30 mẫu không", "30", 30, "count", "mẫu", "mẫu không đạt", I(Q1), total=1350),
    F("gồm 22 mẫu", "22", 22, "count", "mẫu", "mẫu rau ăn lá không đạt", I(Q1), total=30),
    F("8 mẫu thủy sản", "8", 8, "count", "mẫu", "mẫu thủy sản không đạt", I(Q1), total=30),
    F("cấp 2.146 mã QR", "2.146", 2146, "count", "mã QR", "mã QR truy xuất đã cấp", ASOF),
    F("của 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở được cấp mã QR truy xuất", ASOF),
    F("có 85 cơ sở", "85", 85, "count", "cơ sở", "cơ sở đạt VietGAP", ASOF, total=412),
    F("17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở đạt GlobalGAP", ASOF, total=412),
    F("36 sản phẩm OCOP", "36", 36, "count", "sản phẩm OCOP", "sản phẩm OCOP đã gắn tem điện tử", ASOF),
    F("đạt 3.760 ha", "3.760", 3760, "measure", "ha", "diện tích sản xuất VietGAP trên địa bàn"),
    F("Phong Điền (1.120 ha", "1.120", 1120, "measure", "ha", "diện tích sản xuất VietGAP cây ăn trái", location="Phong Điền"),
    F("Thới Lai (985 ha", "985", 985, "measure", "ha", "diện tích sản xuất VietGAP lúa", location="Thới Lai"),
    F("Vĩnh Thạnh (860 ha", "860", 860, "measure", "ha", "diện tích sản xuất VietGAP lúa", location="Vĩnh Thạnh"),
    F("khoảng 1,2-1,5 triệu", "1,2", 1200000, "money", "đồng/cơ sở/năm", "chi phí ứng dụng truy xuất", value_max=1500000,
      approx="about"),
    F("hỗ trợ 70%", "70", 70, "percent", "%", "ngân sách thành phố hỗ trợ chi phí ứng dụng truy xuất"),
    F("lấy 5.000 mẫu", "5.000", 5000, "count", "mẫu", "mẫu giám sát", Y24, status="forecast"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "cơ sở sản xuất VietGAP được cấp mã truy xuất", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT TP Cần Thơ (invented), dateline '22/05/2024 | 10:15': residue tests Q1/2024, traceability QR codes, VietGAP area, costs, 2024 plans.",
    "Not figures: '10:15', hotline 0292.3821.654, 'số 28 Trần Hưng Đạo, quận Ninh Kiều', 'quý I/2023' (baseline).",
    "'Trong đó, 1.320 …; 30 …' (new sentence) take the 1.350 samples; 'gồm 22 … và 8 …' take the 30. 'trong đó có 85 …, 17 …' take the 412 cơ sở;",
    "'36 sản phẩm OCOP' after the ';' counts products, not cơ sở: no total. District items in brackets do not add up to 3.760 ha and have no cue: no total.",
    "'dự kiến' -> forecast; 'phấn đấu 100%' -> target (its own cue in the second clause).",
]

if __name__ == "__main__":
    emit("p656-8", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Cần Thơ", show="-v" in sys.argv)
