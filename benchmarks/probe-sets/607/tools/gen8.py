import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, fig, per, inh, ch

TEXT = """UBND XÃ VĨNH HÀ - HUYỆN VĨNH LINH - TỈNH QUẢNG TRỊ
Trang chủ / Tin tức - Sự kiện / Kinh tế

Vĩnh Hà: Hỗ trợ 96 hộ trồng lại cao su sau bão

05/04/2024 14:20

Xã Vĩnh Hà hiện có 1.385 ha cao su, trong đó 1.020 ha cao su tiểu điền của 642 hộ, phần còn lại do Nông trường cao su Bến Hải quản lý. Cao su là cây trồng chủ lực, thu nhập từ cao su chiếm khoảng 45% tổng thu nhập của hộ nông dân trong xã.

Cơn bão số 4 năm 2023 đã làm 215 ha cao su của 174 hộ bị gãy đổ trên 50% số cây, thiệt hại ước tính 6,8 tỷ đồng.

Thực hiện Nghị quyết số 15/2022/NQ-HĐND của HĐND tỉnh, năm 2024 xã đăng ký trồng tái canh 120 ha cho 96 hộ với mức hỗ trợ 10 triệu đồng/ha để mua cây giống và phân bón. Tổng kinh phí hỗ trợ dự kiến 1,2 tỷ đồng, trong đó ngân sách tỉnh 900 triệu đồng, ngân sách huyện 300 triệu đồng. Cây giống được trồng với mật độ 555 cây/ha, chủ yếu là các dòng RRIV 124, RRIV 209 có khả năng chống chịu gió bão tốt.

Hiện 780 ha cao su trên địa bàn đang cho mủ, năng suất bình quân đạt 1,35 tấn/ha. Tổ hợp tác cao su thôn Huỳnh Công Tây có 38 thành viên, năm 2023 bán 86 tấn mủ quy khô cho Nhà máy chế biến cao su Vĩnh Linh, doanh thu hơn 2,9 tỷ đồng.

Thu nhập bình quân đầu người của xã năm 2023 đạt 52,6 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 2,8%. Xã phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm.

Ban biên tập Cổng thông tin điện tử xã Vĩnh Hà
Địa chỉ: Thôn Xuân Hòa, xã Vĩnh Hà. Điện thoại: 0233.3828.517
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
LOC = "Vĩnh Linh"

FIGS = [
    fig("Hỗ trợ 96 hộ", "96", 96, "count", "hộ", "hộ trồng lại cao su sau bão được hỗ trợ"),
    fig("có 1.385 ha", "1.385", 1385, "measure", "ha", "diện tích cao su"),
    fig("trong đó 1.020 ha", "1.020", 1020, "measure", "ha", "diện tích cao su tiểu điền", total=1385),
    fig("của 642 hộ", "642", 642, "count", "hộ", "hộ trồng cao su tiểu điền"),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", "tỷ trọng thu nhập từ cao su trong tổng thu nhập của hộ nông dân",
        approx="about"),
    fig("làm 215 ha", "215", 215, "measure", "ha", "diện tích cao su bị gãy đổ", Y23),
    fig("của 174 hộ", "174", 174, "count", "hộ", "hộ có cao su bị gãy đổ", Y23),
    fig("trên 50% số cây", "50", 50, "percent", "%", "tỷ lệ cây bị gãy đổ", approx="over", optional=True),
    fig("ước tính 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "thiệt hại do bão", Y23, status="estimate"),
    fig("tái canh 120 ha", "120", 120, "measure", "ha", "diện tích đăng ký trồng tái canh", Y24),
    fig("cho 96 hộ", "96", 96, "count", "hộ", "hộ đăng ký trồng tái canh", Y24),
    fig("hỗ trợ 10 triệu đồng/ha", "10", 10e6, "money", "đồng/ha", "mức hỗ trợ trồng tái canh", Y24),
    fig("dự kiến 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí hỗ trợ", inh(Y24), status="forecast"),
    fig("ngân sách tỉnh 900 triệu đồng", "900", 900e6, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", inh(Y24),
        total=1.2e9, status="forecast"),
    fig("ngân sách huyện 300 triệu đồng", "300", 300e6, "money", "đồng", "kinh phí hỗ trợ từ ngân sách huyện",
        inh(Y24), total=1.2e9, status="forecast"),
    fig("mật độ 555 cây/ha", "555", 555, "measure", "cây/ha", "mật độ trồng cây giống cao su"),
    fig("Hiện 780 ha", "780", 780, "measure", "ha", "diện tích cao su đang cho mủ"),
    fig("đạt 1,35 tấn/ha", "1,35", 1.35, "measure", "tấn/ha", "năng suất bình quân cao su"),
    fig("có 38 thành viên", "38", 38, "count", "thành viên", "thành viên Tổ hợp tác cao su thôn Huỳnh Công Tây"),
    fig("bán 86 tấn", "86", 86, "measure", "tấn", "mủ quy khô Tổ hợp tác bán cho nhà máy", Y23),
    fig("hơn 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "doanh thu Tổ hợp tác cao su thôn Huỳnh Công Tây", Y23,
        approx="over"),
    fig("đạt 52,6 triệu đồng/người/năm", "52,6", 52.6e6, "money", "đồng/người/năm",
        "thu nhập bình quân đầu người của xã", Y23),
    fig("còn 2,8%", "2,8", 2.8, "percent", "%", "tỷ lệ hộ nghèo", Y23),
    fig("đạt 60 triệu đồng/người/năm", "60", 60e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người",
        per("đến năm 2025", end="2025-12-31"), status="target"),
]

COMMENTS = [
    "Probe 607-8. Commune portal (UBND xã Vĩnh Hà, huyện Vĩnh Linh, Quảng Trị; breadcrumb; bare '05/04/2024 14:20'):",
    "storm damage to rubber, replanting support 2024 and its funding split, planting density, tapping, a cooperative, income.",
    "Distractors: 'bão số 4', Nghị quyết số 15/2022/NQ-HĐND, clone names RRIV 124 / RRIV 209, phone 0233.3828.517, dates.",
    "Location: the spec names province/city/district; a commune's figures take its district (Vĩnh Linh) for every figure.",
    "'trên 50% số cây' is a damage threshold qualifying the 215 ha: optional. 'thiệt hại ước tính' → estimate.",
    "'đăng ký trồng tái canh 120 ha' is a registered (actual) quantity; 'dự kiến' funding → forecast, its 'trong đó' parts too.",
    "'tỷ lệ hộ nghèo giảm còn 2,8%' is the level reached (percent figure, no change).",
    "'bão số 4 năm 2023' dates the damage: period 2023 for the figures of that sentence.",
]

if __name__ == "__main__":
    emit("p607-8", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Vĩnh Linh")
