"""p724-4: Ministry (Bộ VHTTDL) site — national stock of sports facilities, end of 2023, strategy targets."""
import sys
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ | Tin tức | Thể dục thể thao

Gần 74% xã, phường, thị trấn có trung tâm văn hóa, thể thao

09/01/2024 09:20

(BVHTTDL) - Theo báo cáo tổng kết năm 2023 của Cục Thể dục thể thao, tính đến ngày 31/12/2023 cả nước có 168 sân vận động có khán đài, 1.390 nhà thi đấu, khoảng 3.800 bể bơi và hơn 21.000 sân bóng đá mini. Trong số 10.598 xã, phường, thị trấn, có 7.830 đơn vị có trung tâm văn hóa, thể thao, chiếm 73,9%.

Diện tích đất dành cho thể dục thể thao bình quân đạt 1,9 m²/người (chỉ tiêu quy hoạch là 2,5 m²/người). Các địa phương có nhiều bể bơi nhất là Hà Nội, TP. Hồ Chí Minh và Thanh Hóa, với lần lượt 412, 389 và 215 bể. Đà Nẵng đứng thứ 2 cả nước về số bể bơi bình quân với 0,62 bể/vạn dân.

Năm 2023, tỷ lệ dân số tập luyện thể dục thể thao thường xuyên ước đạt 37,5%, tăng 0,8% so với năm 2022; số gia đình thể thao ước đạt 26,2%. Vốn ngân sách trung ương đầu tư cơ sở vật chất thể thao năm 2023 đạt 1.245,8 tỷ đồng, bằng 92,4% kế hoạch.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1189/QĐ-TTg), đến năm 2025 phấn đấu từ 80 đến 85% xã, phường, thị trấn có trung tâm văn hóa, thể thao đạt chuẩn; đến năm 2030 tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 45%.

Cục Thể dục thể thao đề nghị các địa phương rà soát, dành quỹ đất cho công trình thể thao trong quy hoạch. Dự kiến năm 2024, ngân sách trung ương bố trí khoảng 1.300 tỷ đồng cho lĩnh vực này.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("Gần 74%", "74", 74, "percent", "%", "xã, phường, thị trấn có trung tâm văn hóa, thể thao",
      I(ASOF), approx="nearly"),
    F("có 168 sân vận động", "168", 168, "count", "sân vận động", "sân vận động có khán đài", ASOF),
    F("1.390 nhà thi đấu", "1.390", 1390, "count", "nhà thi đấu", "nhà thi đấu", ASOF),
    F("khoảng 3.800 bể bơi", "3.800", 3800, "count", "bể bơi", "bể bơi", ASOF, approx="about"),
    F("hơn 21.000 sân", "21.000", 21000, "count", "sân bóng đá mini", "sân bóng đá mini", ASOF, approx="over"),
    F("Trong số 10.598", "10.598", 10598, "count", "xã, phường, thị trấn", "xã, phường, thị trấn", I(ASOF)),
    F("có 7.830 đơn vị", "7.830", 7830, "count", "đơn vị", "xã, phường, thị trấn có trung tâm văn hóa, thể thao",
      I(ASOF), total=10598, percent=73.9),
    F("đạt 1,9 m²/người", "1,9", 1.9, "measure", "m²/người", "Diện tích đất dành cho thể dục thể thao bình quân",
      I(ASOF), target=TG(2.5, "m²/người", False)),
    F("lần lượt 412", "412", 412, "count", "bể", "bể bơi", I(ASOF), location="Hà Nội"),
    F("412, 389", "389", 389, "count", "bể", "bể bơi", I(ASOF), location="Thành phố Hồ Chí Minh"),
    F("và 215 bể", "215", 215, "count", "bể", "bể bơi", I(ASOF), location="Thanh Hóa"),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "số bể bơi bình quân", I(ASOF), location="Đà Nẵng"),
    F("với 0,62 bể/vạn dân", "0,62", 0.62, "measure", "bể/vạn dân", "số bể bơi bình quân", I(ASOF),
      location="Đà Nẵng"),
    F("ước đạt 37,5%", "37,5", 37.5, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", Y23,
      change=CH("increase", 0.8, "%", "năm 2022"), status="estimate"),
    F("ước đạt 26,2%", "26,2", 26.2, "percent", "%", "số gia đình thể thao", Y23, status="estimate"),
    F("đạt 1.245,8 tỷ đồng", "1.245,8", 1245.8e9, "money", "đồng",
      "Vốn ngân sách trung ương đầu tư cơ sở vật chất thể thao", P("năm 2023", "2023-01-01", "2023-12-31"),
      percent=92.4),
    F("từ 80 đến 85%", "80", 80, "percent", "%", "xã, phường, thị trấn có trung tâm văn hóa, thể thao đạt chuẩn",
      P("đến năm 2025", None, "2025-12-31"), value_max=85, status="target"),
    F("thường xuyên đạt 45%", "45", 45, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("khoảng 1.300 tỷ đồng", "1.300", 1300e9, "money", "đồng",
      "ngân sách trung ương bố trí cho cơ sở vật chất thể thao", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ VHTTDL site: cơ sở vật chất thể dục thể thao cả nước tính đến 31/12/2023; Chiến lược đến năm 2030 targets.",
    "National figures: location Việt Nam; list items 'Hà Nội, TP. Hồ Chí Minh và Thanh Hóa, với lần lượt 412, 389",
    "và 215 bể' map by order to their places; Đà Nẵng's rank and rate are Đà Nẵng's. '(chỉ tiêu quy hoạch là 2,5",
    "m²/người)' is the target of 1,9 m²/người, not a figure. 'tăng 0,8% so với năm 2022' is the change of the 37,5%",
    "level. Distractors: Quyết định số 1189/QĐ-TTg, 'đến năm 2030, tầm nhìn đến năm 2045' in the strategy's name,",
    "address 51 Ngô Quyền, phone, dateline.",
]

if __name__ == "__main__":
    ok = emit("p724-4", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Việt Nam")
    sys.exit(0 if ok else 1)
