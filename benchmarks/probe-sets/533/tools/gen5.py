"""p533-5: Báo Thái Bình (Party newspaper) — già hóa dân số, người cao tuổi; byline and date at the end."""
from lib import emit, fig, per, inh, chg

TEXT = """BÁO THÁI BÌNH
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Bình
Xã hội

Chủ động thích ứng với già hóa dân số

Thái Bình là một trong những địa phương có tốc độ già hóa dân số nhanh nhất cả nước. Theo Sở Y tế, đến hết năm 2023 toàn tỉnh có gần 310.000 người cao tuổi, chiếm 16,4% dân số; chỉ số già hóa đạt 95,4%. Số người từ 80 tuổi trở lên hiện gấp 1,4 lần năm 2009.

Tuổi thọ trung bình của người dân trong tỉnh đạt 74,6 tuổi, cao hơn 0,9 tuổi so với bình quân cả nước. Năm 2023, tỉnh chi trả trợ cấp xã hội hằng tháng cho 78.450 người cao tuổi với tổng kinh phí 392,6 tỷ đồng; 100% người cao tuổi được cấp thẻ bảo hiểm y tế; 52.300 lượt người cao tuổi được khám sức khỏe định kỳ, đạt 82,5% kế hoạch.

Toàn tỉnh có 260/260 xã, phường, thị trấn thành lập Hội Người cao tuổi; 1.256 câu lạc bộ liên thế hệ tự giúp nhau hoạt động với hơn 58.000 hội viên, trong đó có khoảng 40.600 hội viên là phụ nữ. Nhiều mô hình hiệu quả ở các huyện Vũ Thư, Kiến Xương, Quỳnh Phụ được nhân rộng.

Theo lãnh đạo Sở Y tế, phấn đấu đến năm 2025 có 95% người cao tuổi được lập hồ sơ theo dõi sức khỏe; từ 40 đến 50% số xã, phường, thị trấn có mô hình chăm sóc người cao tuổi dựa vào cộng đồng. Tỉnh dự kiến cần khoảng 15 tỷ đồng mỗi năm để duy trì các mô hình này.

Minh Hằng
28/09/2024
"""

ASOF = per("đến hết năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 310.000", "310.000", 310000, "count", "người cao tuổi", "người cao tuổi", ASOF,
        approx="nearly", percent=16.4),
    fig("đạt 95,4%", "95,4", 95.4, "percent", "%", "chỉ số già hóa", ASOF),
    fig("từ 80 tuổi", "80", 80, "measure", "tuổi", optional=True),
    fig("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số người từ 80 tuổi trở lên so với năm 2009"),
    fig("đạt 74,6 tuổi", "74,6", 74.6, "measure", "tuổi", "tuổi thọ trung bình của người dân",
        change=chg("increase", 0.9, "tuổi", "bình quân cả nước")),
    fig("cho 78.450 người", "78.450", 78450, "count", "người cao tuổi",
        "người cao tuổi được chi trả trợ cấp xã hội hằng tháng", Y23),
    fig("phí 392,6 tỷ đồng", "392,6", 392600000000, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội", Y23),
    fig("100% người cao tuổi", "100", 100, "percent", "%", "người cao tuổi được cấp thẻ bảo hiểm y tế", Y23),
    fig("52.300 lượt", "52.300", 52300, "count", "lượt", "lượt người cao tuổi được khám sức khỏe định kỳ", Y23,
        percent=82.5),
    fig("có 260/260 xã", "260", 260, "count", "xã, phường, thị trấn",
        "xã, phường, thị trấn thành lập Hội Người cao tuổi", total=260),
    fig("1.256 câu lạc bộ", "1.256", 1256, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau"),
    fig("hơn 58.000 hội viên", "58.000", 58000, "count", "hội viên", "hội viên câu lạc bộ liên thế hệ",
        approx="over"),
    fig("khoảng 40.600 hội viên", "40.600", 40600, "count", "hội viên", "hội viên là phụ nữ",
        approx="about", total=58000),
    fig("có 95% người", "95", 95, "percent", "%", "người cao tuổi được lập hồ sơ theo dõi sức khỏe", T25,
        status="target"),
    fig("từ 40 đến 50%", "40", 40, "percent", "%",
        "xã, phường, thị trấn có mô hình chăm sóc người cao tuổi dựa vào cộng đồng", T25,
        value_max=50, status="target"),
    fig("khoảng 15 tỷ đồng", "15", 15000000000, "money", "đồng", "kinh phí duy trì các mô hình mỗi năm",
        approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper): già hóa dân số — người cao tuổi đến hết năm 2023, trợ cấp, câu lạc bộ, 2025 targets (invented).",
    "Byline 'Minh Hằng' and the bare date '28/09/2024' at the end give published. Distractors: 'năm 2009' (a baseline year),",
    "district names 'Vũ Thư, Kiến Xương, Quỳnh Phụ' (no figures), 'từ 80 tuổi' (optional age threshold).",
    "'đến hết năm 2023' is an as-of period (start null). 'gấp 1,4 lần năm 2009' standing alone as the claim is a multiple.",
    "'cao hơn 0,9 tuổi so với bình quân cả nước' is the change of 74,6 tuổi; 'đạt 82,5% kế hoạch' is the percent of 52.300 lượt.",
    "'trong đó có khoảng 40.600 hội viên là phụ nữ' takes the 58.000 members as total (approx of the whole is not carried).",
    "Status: 'phấn đấu đến năm 2025' → target (also the range after ';'); 'dự kiến cần khoảng 15 tỷ đồng' → forecast.",
]

if __name__ == "__main__":
    emit("p533-5", TEXT, COMMENTS, FIGS, published="2024-09-28", location="Thái Bình")
