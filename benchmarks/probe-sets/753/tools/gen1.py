"""p753-1: Yên Bái province portal, frog and pond-fish models under the poverty-reduction programme."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI
Trang chủ > Tin tức - Sự kiện > Kinh tế

Yên Bái: Hơn 300 hộ thoát nghèo nhờ mô hình nuôi ếch, cá ao

Cập nhật: 18/09/2024 10:25 | Lượt xem: 1.582

(yenbai.gov.vn) - Sau 3 năm thực hiện Dự án hỗ trợ phát triển sản xuất thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025, toàn tỉnh đã có 312 hộ nghèo, hộ cận nghèo thoát nghèo nhờ tham gia các mô hình nuôi ếch, nuôi cá ao.

Tính đến ngày 31/8/2024, toàn tỉnh đã triển khai 46 mô hình nuôi ếch, nuôi cá với 1.128 hộ tham gia, trong đó có 684 hộ nghèo, 301 hộ cận nghèo và 143 hộ mới thoát nghèo. Các mô hình tập trung chủ yếu ở các huyện Văn Chấn (12 mô hình), Trấn Yên (9 mô hình), Yên Bình (8 mô hình) và Lục Yên (7 mô hình).

Tổng kinh phí thực hiện là 18,65 tỷ đồng, trong đó ngân sách Trung ương 14,2 tỷ đồng, ngân sách địa phương 1,35 tỷ đồng, người dân đối ứng 3,1 tỷ đồng. Mỗi hộ được hỗ trợ 1.500 con ếch giống và 50% chi phí làm bể lót bạt, tối đa 5 triệu đồng/hộ.

Với mật độ thả từ 80 đến 100 con/m², mỗi lứa ếch cho thu hoạch 250-300 kg/bể. Giá ếch thương phẩm hiện ở mức 38.000-42.000 đồng/kg, mỗi hộ lãi từ 12 đến 15 triệu đồng/lứa.

Nhờ đó, tỷ lệ hộ nghèo toàn tỉnh giảm từ 15,36% năm 2021 xuống còn 8,12% năm 2023. Thu nhập bình quân của hộ tham gia mô hình năm 2023 đạt 32,5 triệu đồng/người/năm, tăng 1,6 lần so với năm 2021.

Theo Quyết định số 1489/QĐ-UBND, phấn đấu đến năm 2025 tỉnh nhân rộng thêm 20 mô hình và giảm tỷ lệ hộ nghèo xuống dưới 6%.

Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái | Địa chỉ: Tổ 5, phường Đồng Tâm, TP Yên Bái | ĐT: 0216.3852.446
"""

AS_OF = per("Tính đến ngày 31/8/2024", end="2024-08-31")
T2025 = per("đến năm 2025", end="2025-12-31")
Y21 = per("năm 2021", "2021-01-01", "2021-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
MODELS = "mô hình nuôi ếch, nuôi cá"

FIGS = [
    fig("Hơn 300 hộ", "300", 300, "count", "hộ", "hộ thoát nghèo nhờ mô hình nuôi ếch, cá ao", approx="over"),
    fig("có 312 hộ", "312", 312, "count", "hộ",
        "hộ nghèo, hộ cận nghèo thoát nghèo nhờ tham gia các mô hình nuôi ếch, nuôi cá ao"),
    fig("triển khai 46 mô hình", "46", 46, "count", "mô hình", MODELS, AS_OF),
    fig("với 1.128 hộ", "1.128", 1128, "count", "hộ", "hộ tham gia mô hình nuôi ếch, nuôi cá", AS_OF),
    fig("có 684 hộ nghèo", "684", 684, "count", "hộ", "hộ nghèo tham gia mô hình", AS_OF, total=1128),
    fig("301 hộ cận nghèo", "301", 301, "count", "hộ", "hộ cận nghèo tham gia mô hình", AS_OF, total=1128),
    fig("143 hộ mới thoát nghèo", "143", 143, "count", "hộ", "hộ mới thoát nghèo tham gia mô hình", AS_OF, total=1128),
    fig("(12 mô hình)", "12", 12, "count", "mô hình", MODELS, inh(AS_OF), location="Văn Chấn"),
    fig("(9 mô hình)", "9", 9, "count", "mô hình", MODELS, inh(AS_OF), location="Trấn Yên"),
    fig("(8 mô hình)", "8", 8, "count", "mô hình", MODELS, inh(AS_OF), location="Yên Bình"),
    fig("(7 mô hình)", "7", 7, "count", "mô hình", MODELS, inh(AS_OF), location="Lục Yên"),
    fig("là 18,65 tỷ đồng", "18,65", 18_650_000_000, "money", "đồng", "tổng kinh phí thực hiện", inh(AS_OF)),
    fig("Trung ương 14,2 tỷ đồng", "14,2", 14_200_000_000, "money", "đồng", "kinh phí ngân sách Trung ương",
        inh(AS_OF), total=18_650_000_000),
    fig("địa phương 1,35 tỷ đồng", "1,35", 1_350_000_000, "money", "đồng", "kinh phí ngân sách địa phương",
        inh(AS_OF), total=18_650_000_000),
    fig("đối ứng 3,1 tỷ đồng", "3,1", 3_100_000_000, "money", "đồng", "kinh phí người dân đối ứng",
        inh(AS_OF), total=18_650_000_000),
    fig("1.500 con", "1.500", 1500, "count", "con", "ếch giống hỗ trợ mỗi hộ"),
    fig("và 50% chi phí", "50", 50, "percent", "%", "chi phí làm bể lót bạt được hỗ trợ"),
    fig("tối đa 5 triệu đồng/hộ", "5", 5_000_000, "money", "đồng/hộ", "mức hỗ trợ chi phí làm bể lót bạt",
        approx="at_most"),
    fig("từ 80 đến 100 con/m²", "80", 80, "measure", "con/m²", "mật độ thả ếch", value_max=100),
    fig("250-300 kg/bể", "250", 250, "measure", "kg/bể", "sản lượng ếch thu hoạch mỗi lứa", value_max=300),
    fig("38.000-42.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá ếch thương phẩm", value_max=42000),
    fig("từ 12 đến 15 triệu đồng/lứa", "12", 12_000_000, "money", "đồng/lứa", "lãi mỗi hộ mỗi lứa ếch",
        value_max=15_000_000),
    fig("từ 15,36%", "15,36", 15.36, "percent", "%", "tỷ lệ hộ nghèo toàn tỉnh", Y21),
    fig("còn 8,12%", "8,12", 8.12, "percent", "%", "tỷ lệ hộ nghèo toàn tỉnh", Y23),
    fig("đạt 32,5 triệu đồng/người/năm", "32,5", 32_500_000, "money", "đồng/người/năm",
        "thu nhập bình quân của hộ tham gia mô hình", Y23, change=chg("increase", 1.6, "lần", "năm 2021")),
    fig("thêm 20 mô hình", "20", 20, "count", "mô hình", "mô hình nhân rộng thêm", T2025, status="target"),
    fig("dưới 6%", "6", 6, "percent", "%", "tỷ lệ hộ nghèo", T2025, approx="under", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Yên Bái: frog and pond-fish models under the MTQG giảm nghèo bền vững (as of 31/8/2024).",
    "'Cập nhật: 18/09/2024 10:25' is the dateline; 'Lượt xem: 1.582', 'Sau 3 năm', 'giai đoạn 2021-2025', 'Quyết định số 1489/QĐ-UBND',",
    "'Tổ 5' and the phone number are not figures. 684+301+143 = 1.128 (trong đó); 14,2+1,35+3,1 = 18,65 tỷ (trong đó).",
    "District brackets (12+9+8+7 = 36 of 46, no cue) get no total; the district is the location.",
    "'giảm từ 15,36% năm 2021 xuống còn 8,12% năm 2023': two level figures, each with its own year, no change object.",
]

if __name__ == "__main__":
    write("p753-1", TEXT, NOTES, FIGS, published="2024-09-18", location="Yên Bái")
