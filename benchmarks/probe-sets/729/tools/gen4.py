"""p729-4: ministry site (Bộ NN&PTNT), national rice straw volume and use."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Trồng trọt
Ngày đăng: 09/10/2024 | Lượt xem: 2.457

Mỗi năm cả nước phát sinh gần 43 triệu tấn rơm rạ

Theo Cục Trồng trọt, với diện tích gieo trồng lúa khoảng 7,1 triệu ha mỗi năm, Việt Nam phát sinh gần 43 triệu tấn rơm rạ. Trong đó, vùng Đồng bằng sông Cửu Long chiếm khoảng 55%, Đồng bằng sông Hồng chiếm 16%. Tuy nhiên, mới chỉ khoảng 30% lượng rơm được thu gom để trồng nấm, làm thức ăn chăn nuôi, phân bón hữu cơ; hơn 60% vẫn bị đốt ngoài đồng hoặc vùi lấp.

Việc đốt rơm rạ thải ra lượng khí thải tương đương khoảng 14 triệu tấn CO2 mỗi năm. Theo ước tính, nếu được thu gom và sử dụng hợp lý, rơm rạ có thể mang lại giá trị từ 12.000 đến 15.000 tỷ đồng/năm.

9 tháng năm 2024, cả nước có 24 tỉnh, thành phố triển khai mô hình thu gom rơm bằng máy cuộn, tăng 5 tỉnh so với năm 2023. Số máy cuộn rơm đạt trên 9.800 máy, trong đó Kiên Giang, An Giang và Đồng Tháp lần lượt có 1.350 máy, 1.280 máy và 1.190 máy.

Theo Đề án Phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp gắn với tăng trưởng xanh vùng Đồng bằng sông Cửu Long đến năm 2030 (Quyết định số 1490/QĐ-TTg ngày 27/11/2023), 100% rơm rạ trên diện tích tham gia Đề án phải được thu gom khỏi đồng ruộng.

Dự kiến năm 2025, Bộ sẽ phối hợp với 12 tỉnh xây dựng 7 mô hình thí điểm chế biến rơm thành phân bón, thức ăn chăn nuôi với tổng kinh phí khoảng 21 tỷ đồng.

Cục Trồng trọt - số 2 Ngọc Hà, quận Ba Đình, Hà Nội.
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DBSCL = "Đồng bằng sông Cửu Long"

COMMENTS = [
    "Ministry site (invented): Bộ NN&PTNT news, 'Ngày đăng: 09/10/2024 | Lượt xem: 2.457'. National figures: location Việt Nam.",
    "Distractors: Lượt xem, the Đề án's name ('một triệu héc-ta', 'đến năm 2030'), Quyết định số 1490/QĐ-TTg ngày 27/11/2023, 'số 2 Ngọc Hà'.",
    "'một triệu héc-ta' is part of the Đề án's name: optional (like a credit package named by its size).",
    "Regional shares 'Đồng bằng sông Cửu Long chiếm khoảng 55%' are percent figures of their own (no base amount in the clause);",
    "their location is the region (location = the place the figure describes; a region is neither a province nor the nation).",
    "'lần lượt' list: provinces -> location, subject 'máy cuộn rơm', total 9.800 (after 'trong đó').",
    "'Theo ước tính, ... có thể mang lại ...' -> estimate. 100% required by the Đề án -> target (period left unscored: the 2030 is in the name).",
    "'Dự kiến năm 2025' -> forecast for the three figures of the sentence.",
]

FIGS = [
    fig("nước phát sinh gần 43 triệu tấn", "43", 43000000, "measure", "tấn", "rơm rạ phát sinh mỗi năm", approx="nearly"),
    fig("khoảng 7,1 triệu ha", "7,1", 7100000, "measure", "ha", "diện tích gieo trồng lúa mỗi năm", approx="about"),
    fig("Nam phát sinh gần 43 triệu tấn", "43", 43000000, "measure", "tấn", "rơm rạ phát sinh", approx="nearly"),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", "tỷ trọng rơm rạ vùng Đồng bằng sông Cửu Long", approx="about", location=DBSCL),
    fig("chiếm 16%", "16", 16, "percent", "%", "tỷ trọng rơm rạ Đồng bằng sông Hồng", location="Đồng bằng sông Hồng"),
    fig("khoảng 30% lượng rơm", "30", 30, "percent", "%", "lượng rơm được thu gom", approx="about"),
    fig("hơn 60% vẫn", "60", 60, "percent", "%", "lượng rơm bị đốt ngoài đồng hoặc vùi lấp", approx="over"),
    fig("khoảng 14 triệu tấn CO2", "14", 14000000, "measure", "tấn CO2", "khí thải từ đốt rơm rạ mỗi năm", approx="about"),
    fig("từ 12.000 đến 15.000 tỷ đồng/năm", "12.000", 12000000000000, "money", "đồng/năm", "giá trị rơm rạ có thể mang lại",
        value_max=15000000000000, status="estimate"),
    fig("có 24 tỉnh, thành phố", "24", 24, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai mô hình thu gom rơm bằng máy cuộn", M9,
        change=chg("increase", 5, "tỉnh", "năm 2023")),
    fig("trên 9.800 máy", "9.800", 9800, "count", "máy", "máy cuộn rơm", inh(M9), approx="over"),
    fig("có 1.350 máy", "1.350", 1350, "count", "máy", "máy cuộn rơm", inh(M9), total=9800, location="Kiên Giang"),
    fig("1.280 máy", "1.280", 1280, "count", "máy", "máy cuộn rơm", inh(M9), total=9800, location="An Giang"),
    fig("1.190 máy", "1.190", 1190, "count", "máy", "máy cuộn rơm", inh(M9), total=9800, location="Đồng Tháp"),
    fig("một triệu héc-ta", "một", 1000000, "measure", "héc-ta", "chuyên canh lúa chất lượng cao (tên Đề án)", optional=True),
    fig("100% rơm rạ", "100", 100, "percent", "%", "rơm rạ trên diện tích tham gia Đề án được thu gom khỏi đồng ruộng",
        status="target", period=per("đến năm 2030", None, "2030-12-31", inherited=True)),
    fig("với 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh phối hợp xây dựng mô hình thí điểm", Y25, status="forecast"),
    fig("xây dựng 7 mô hình", "7", 7, "count", "mô hình", "mô hình thí điểm chế biến rơm", Y25, status="forecast"),
    fig("khoảng 21 tỷ đồng", "21", 21000000000, "money", "đồng", "tổng kinh phí xây dựng mô hình thí điểm", Y25,
        approx="about", status="forecast"),
]

if __name__ == "__main__":
    emit("p729-4", TEXT, COMMENTS, FIGS, published="2024-10-09", location="Việt Nam")
