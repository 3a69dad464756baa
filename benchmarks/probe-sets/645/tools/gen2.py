from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIAO THỦY
Tin tức - Sự kiện | Kinh tế

Giao Thủy: Hoàn thành trồng 45 ha rừng ngập mặn tại vùng đệm Vườn quốc gia Xuân Thủy

Thứ Năm, 21/03/2024 - 14:05

Sáng 20/3, UBND huyện phối hợp với Ban quản lý Vườn quốc gia Xuân Thủy tổ chức tổng kết dự án trồng và phục hồi rừng ngập mặn ven biển. Trong giai đoạn 2021-2023, dự án đã trồng mới 45 ha rừng ngập mặn và trồng bổ sung 27,5 ha tại các xã Giao Thiện, Giao An, Giao Hải.

Tổng số cây giống đã trồng là 512.000 cây, gồm 305.000 cây bần chua, 160.000 cây trang và 47.000 cây sú. Theo kết quả nghiệm thu tháng 12/2023, tỷ lệ cây sống đạt từ 75 đến 80%, riêng diện tích bần chua ở xã Giao Thiện đạt 86%.

Tổng kinh phí dự án là 6,85 tỷ đồng, trong đó ngân sách tỉnh 3,2 tỷ đồng, vốn tài trợ của tổ chức phi chính phủ 3,65 tỷ đồng. Dự án thu hút hơn 1.200 lượt người dân tham gia trồng, chăm sóc rừng; 36 hộ nhận khoán bảo vệ rừng với mức chi trả 300.000 đồng/ha/năm.

Giao Thủy có 32 km bờ biển, trong đó 12,3 km đã có đai rừng ngập mặn phía trước đê với bề rộng bình quân 200-300 m. Năm 2023, toàn huyện còn 2 điểm sạt lở đê biển, giảm 5 điểm so với năm 2020.

Năm 2024, huyện dự kiến trồng thêm 15 ha rừng ngập mặn tại xã Giao Xuân với kinh phí khoảng 1,1 tỷ đồng; phấn đấu đến năm 2025 tỷ lệ cây sống đạt trên 85%.

Văn Hùng - Trung tâm VH-TT&TT huyện
Địa chỉ: Tổ dân phố 4, thị trấn Ngô Đồng, huyện Giao Thủy, tỉnh Nam Định. ĐT: 0228.3895.123
"""

GD = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
M12 = per("tháng 12/2023", "2023-12-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hoàn thành trồng 45 ha", "45", 45, "measure", "ha", "rừng ngập mặn trồng", inh(GD)),
    fig("trồng mới 45 ha", "45", 45, "measure", "ha", "rừng ngập mặn trồng mới", GD),
    fig("bổ sung 27,5 ha", "27,5", 27.5, "measure", "ha", "rừng ngập mặn trồng bổ sung", GD),
    fig("là 512.000 cây", "512.000", 512000, "count", "cây", "cây giống đã trồng", inh(GD)),
    fig("305.000 cây bần chua", "305.000", 305000, "count", "cây", "cây bần chua", inh(GD), total=512000),
    fig("160.000 cây trang", "160.000", 160000, "count", "cây", "cây trang", inh(GD), total=512000),
    fig("47.000 cây sú", "47.000", 47000, "count", "cây", "cây sú", inh(GD), total=512000),
    fig("từ 75 đến 80%", "75", 75, "percent", "%", "tỷ lệ cây sống", M12, value_max=80),
    fig("đạt 86%", "86", 86, "percent", "%", "tỷ lệ cây sống diện tích bần chua ở xã Giao Thiện", M12),
    fig("là 6,85 tỷ đồng", "6,85", 6.85e9, "money", "đồng", "Tổng kinh phí dự án"),
    fig("tỉnh 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "ngân sách tỉnh", total=6.85e9),
    fig("3,65 tỷ đồng", "3,65", 3.65e9, "money", "đồng", "vốn tài trợ của tổ chức phi chính phủ", total=6.85e9),
    fig("hơn 1.200 lượt", "1.200", 1200, "count", "lượt người dân",
        "lượt người dân tham gia trồng, chăm sóc rừng", approx="over"),
    fig("36 hộ", "36", 36, "count", "hộ", "hộ nhận khoán bảo vệ rừng"),
    fig("300.000 đồng/ha/năm", "300.000", 300000, "money", "đồng/ha/năm", "mức chi trả khoán bảo vệ rừng"),
    fig("có 32 km", "32", 32, "measure", "km", "bờ biển"),
    fig("12,3 km", "12,3", 12.3, "measure", "km", "bờ biển đã có đai rừng ngập mặn phía trước đê", total=32),
    fig("200-300 m", "200", 200, "measure", "m", "bề rộng bình quân đai rừng ngập mặn", value_max=300),
    fig("còn 2 điểm", "2", 2, "count", "điểm sạt lở", "điểm sạt lở đê biển",
        per("Năm 2023", "2023-01-01", "2023-12-31"), change=chg("decrease", 5, "điểm", "năm 2020")),
    fig("thêm 15 ha", "15", 15, "measure", "ha", "rừng ngập mặn trồng thêm tại xã Giao Xuân", Y24, status="forecast"),
    fig("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "kinh phí trồng thêm rừng ngập mặn", Y24,
        approx="about", status="forecast"),
    fig("trên 85%", "85", 85, "percent", "%", "tỷ lệ cây sống",
        per("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Giao Thủy (district portal, Nam Định): tổng kết dự án trồng, phục hồi rừng ngập mặn vùng đệm VQG Xuân Thủy 2021-2023.",
    "Dateline 'Thứ Năm, 21/03/2024 - 14:05'; 'Sáng 20/3', 'Tổ dân phố 4', the phone number are not figures.",
    "Location: the district for every figure (communes Giao Thiện, Giao Xuân are below the district level the contract names).",
    "The three species after 'gồm' add up to 512.000 (total). 'giảm 5 điểm so với năm 2020' is the change of '2 điểm'.",
    "'dự kiến' governs the clause 'trồng thêm 15 ha ... với kinh phí khoảng 1,1 tỷ đồng' (forecast); 'phấn đấu' → target.",
]

if __name__ == "__main__":
    emit("p645-2", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Giao Thủy")
