"""p750-1: province portal (Quảng Trị), free cataract surgery for the poor, 8 months of 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Quảng Trị: Hơn 1.100 người nghèo được mổ mắt miễn phí trong 8 tháng

Cập nhật: 18/09/2024 08:35

Theo Sở Y tế, 8 tháng đầu năm 2024, ngành y tế phối hợp với Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh tổ chức khám, sàng lọc bệnh về mắt cho 9.845 lượt người, tăng 12,4% so với cùng kỳ năm 2023. Qua khám đã phát hiện 1.530 người mắc đục thủy tinh thể có chỉ định phẫu thuật, trong đó 1.126 người đã được mổ miễn phí, đạt 75% kế hoạch năm.

Số ca phẫu thuật tập trung ở các huyện miền núi và vùng bãi ngang: Hướng Hóa (318 ca), Đakrông (204 ca), Vĩnh Linh (187 ca), Gio Linh (152 ca); các địa phương còn lại có từ 20 đến 90 ca.

Tổng kinh phí thực hiện hơn 3,4 tỷ đồng, gồm 1,9 tỷ đồng từ Quỹ Bảo hiểm y tế, 1,2 tỷ đồng do các nhà hảo tâm đóng góp và khoảng 300 triệu đồng từ ngân sách tỉnh. Chi phí bình quân cho mỗi ca mổ phaco khoảng 2,8 triệu đồng/ca; bệnh nhân còn được hỗ trợ tiền ăn 100.000 đồng/ngày và tiền đi lại.

Theo bác sĩ Lê Văn Hùng, Giám đốc Trung tâm Mắt tỉnh, tỷ lệ người từ 50 tuổi trở lên mắc đục thủy tinh thể trên địa bàn hiện khoảng 7,6%. Sau phẫu thuật, 96,2% bệnh nhân có thị lực cải thiện trên 3/10.

Từ nay đến cuối năm, tỉnh dự kiến mổ thêm khoảng 400 ca; phấn đấu đến năm 2025 tỷ lệ phẫu thuật đục thủy tinh thể đạt 2.500 ca/1 triệu dân.

Người dân có nhu cầu liên hệ Trung tâm Mắt tỉnh, số 12 Trần Hưng Đạo, TP. Đông Hà, điện thoại 0233.3852.614.

Lượt xem: 1.872
"""

P8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
FIGS = [
    fig("Hơn 1.100 người nghèo", "1.100", 1100, "count", "người", "người nghèo được mổ mắt miễn phí",
        per("8 tháng", "2024-01-01", "2024-08-31"), approx="over"),
    fig("cho 9.845 lượt người", "9.845", 9845, "count", "lượt người", "lượt người được khám, sàng lọc bệnh về mắt", P8,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023")),
    fig("phát hiện 1.530 người", "1.530", 1530, "count", "người",
        "người mắc đục thủy tinh thể có chỉ định phẫu thuật", inh(P8)),
    fig("trong đó 1.126 người", "1.126", 1126, "count", "người", "người đã được mổ miễn phí", inh(P8),
        total=1530, percent=75),
    fig("Hướng Hóa (318 ca)", "318", 318, "count", "ca", "số ca phẫu thuật", inh(P8), location="Hướng Hóa"),
    fig("Đakrông (204 ca)", "204", 204, "count", "ca", "số ca phẫu thuật", inh(P8), location="Đakrông"),
    fig("Vĩnh Linh (187 ca)", "187", 187, "count", "ca", "số ca phẫu thuật", inh(P8), location="Vĩnh Linh"),
    fig("Gio Linh (152 ca)", "152", 152, "count", "ca", "số ca phẫu thuật", inh(P8), location="Gio Linh"),
    fig("từ 20 đến 90 ca", "20", 20, "count", "ca", "số ca phẫu thuật các địa phương còn lại", inh(P8), value_max=90),
    fig("hơn 3,4 tỷ đồng", "3,4", 3.4e9, "money", "đồng", "tổng kinh phí thực hiện", inh(P8), approx="over"),
    fig("gồm 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí từ Quỹ Bảo hiểm y tế", inh(P8), total=3.4e9),
    fig("1,2 tỷ đồng do", "1,2", 1.2e9, "money", "đồng", "kinh phí do các nhà hảo tâm đóng góp", inh(P8), total=3.4e9),
    fig("khoảng 300 triệu đồng", "300", 3e8, "money", "đồng", "kinh phí từ ngân sách tỉnh", inh(P8),
        total=3.4e9, approx="about"),
    fig("khoảng 2,8 triệu đồng/ca", "2,8", 2.8e6, "money", "đồng/ca", "chi phí bình quân cho mỗi ca mổ phaco",
        approx="about"),
    fig("tiền ăn 100.000 đồng/ngày", "100.000", 100000, "money", "đồng/ngày", "tiền ăn hỗ trợ bệnh nhân"),
    fig("từ 50 tuổi trở lên", "50", 50, "measure", "tuổi", "ngưỡng tuổi", approx="at_least", optional=True),
    fig("hiện khoảng 7,6%", "7,6", 7.6, "percent", "%",
        "tỷ lệ người từ 50 tuổi trở lên mắc đục thủy tinh thể", approx="about"),
    fig("96,2% bệnh nhân", "96,2", 96.2, "percent", "%", "bệnh nhân có thị lực cải thiện sau phẫu thuật"),
    fig("trên 3/10", "3", 3, "measure", "/10", "thị lực", approx="over", optional=True),
    fig("khoảng 400 ca", "400", 400, "count", "ca", "ca mổ thêm từ nay đến cuối năm", approx="about",
        status="forecast"),
    fig("đạt 2.500 ca/1 triệu dân", "2.500", 2500, "measure", "ca/1 triệu dân", "tỷ lệ phẫu thuật đục thủy tinh thể",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Trị: người nghèo được mổ đục thủy tinh thể miễn phí, 8 tháng đầu năm 2024.",
    "Headline '8 tháng' takes the year 2024 (published / lead). 1.126 is a 'trong đó' part of 1.530; 'đạt 75% kế hoạch năm' is its percent.",
    "District items take the list's indicator as subject and the district as location; they follow no whole, so no total.",
    "'1 triệu dân' is a rate denominator; '50 tuổi' and '3/10' are thresholds (optional). Phone, address, counter are distractors.",
    "'Từ nay đến cuối năm' (400 ca, forecast) has no period in the spec's table: left unset.",
]

if __name__ == "__main__":
    write("p750-1", TEXT, NOTES, FIGS, published="2024-09-18", location="Quảng Trị")
