"""p559-5: Party newspaper (Báo Quảng Ninh) - smuggling cases, seizures, hot spots; byline and date at the end."""
from lib import emit, fig, per, inh, chg

TEXT = """Báo Quảng Ninh điện tử
Pháp luật - Chống buôn lậu

Kiên quyết đấu tranh với buôn lậu qua biên giới dịp cuối năm

Từ đầu năm đến ngày 30/11/2023, các lực lượng thuộc Ban Chỉ đạo 389 tỉnh Quảng Ninh đã bắt giữ, xử lý 1.247 vụ buôn lậu, gian lận thương mại và hàng giả, giảm 8,3% so với cùng kỳ năm 2022. Trong đó, buôn lậu 312 vụ, vận chuyển hàng cấm 205 vụ, gian lận thương mại 86 vụ, hàng giả 41 vụ; còn lại là các vi phạm khác. Tổng thu nộp ngân sách từ xử lý vi phạm đạt 68,4 tỷ đồng; khởi tố 97 vụ, 134 bị can.

Riêng Bộ đội Biên phòng tỉnh đã chủ trì bắt giữ 216 vụ, 289 đối tượng, thu giữ hơn 3,8 tấn pháo nổ, 12.400 bao thuốc lá ngoại và gần 26 tấn nội tạng, chân gà đông lạnh không rõ nguồn gốc.

Địa bàn trọng điểm vẫn là TP Móng Cái với 534 vụ, chiếm 42,8% tổng số vụ toàn tỉnh; tiếp đến là các huyện Hải Hà (118 vụ), Bình Liêu (76 vụ). Các đối tượng lợi dụng đường mòn, lối mở, khu vực cầu phao Km3+4 và bến Dân Tiến để tập kết hàng lậu rồi đưa vào nội địa theo Quốc lộ 18.

Theo Đại tá Hoàng Văn Thạch, Chỉ huy trưởng BĐBP tỉnh, dịp cao điểm trước, trong và sau Tết Nguyên đán Giáp Thìn 2024, lực lượng sẽ tăng cường tuần tra, kiểm soát chặt 3 cửa khẩu (Móng Cái, Hoành Mô, Bắc Phong Sinh), phấn đấu số vụ bắt giữ tăng ít nhất 10% so với cùng kỳ; đồng thời triển khai Kế hoạch số 245/KH-BCĐ389.

THU HẰNG
12/12/2023
"""

P = per("Từ đầu năm đến ngày 30/11/2023", "2023-01-01", "2023-11-30")
S = "số vụ buôn lậu, gian lận thương mại và hàng giả"

FIGS = [
    fig("xử lý 1.247 vụ", "1.247", 1247, "count", "vụ", "vụ buôn lậu, gian lận thương mại và hàng giả bị bắt giữ, xử lý",
        P, change=chg("decrease", 8.3, baseline="cùng kỳ năm 2022")),
    fig("buôn lậu 312 vụ", "312", 312, "count", "vụ", "vụ buôn lậu", inh(P), total=1247),
    fig("hàng cấm 205 vụ", "205", 205, "count", "vụ", "vụ vận chuyển hàng cấm", inh(P), total=1247),
    fig("thương mại 86 vụ", "86", 86, "count", "vụ", "vụ gian lận thương mại", inh(P), total=1247),
    fig("hàng giả 41 vụ", "41", 41, "count", "vụ", "vụ hàng giả", inh(P), total=1247),
    fig("đạt 68,4 tỷ đồng", "68,4", 68.4e9, "money", "đồng", "tổng thu nộp ngân sách từ xử lý vi phạm", inh(P)),
    fig("khởi tố 97 vụ", "97", 97, "count", "vụ", "vụ khởi tố", inh(P)),
    fig("134 bị can", "134", 134, "count", "bị can", "bị can bị khởi tố", inh(P)),
    fig("bắt giữ 216 vụ", "216", 216, "count", "vụ", "vụ Bộ đội Biên phòng tỉnh chủ trì bắt giữ", inh(P)),
    fig("289 đối tượng", "289", 289, "count", "đối tượng", "đối tượng Bộ đội Biên phòng tỉnh bắt giữ", inh(P)),
    fig("hơn 3,8 tấn", "3,8", 3.8, "measure", "tấn", "pháo nổ thu giữ", inh(P), approx="over"),
    fig("12.400 bao", "12.400", 12400, "count", "bao", "thuốc lá ngoại thu giữ", inh(P)),
    fig("gần 26 tấn", "26", 26, "measure", "tấn", "nội tạng, chân gà đông lạnh không rõ nguồn gốc thu giữ", inh(P),
        approx="nearly"),
    fig("với 534 vụ", "534", 534, "count", "vụ", S, inh(P), percent=42.8, location="Móng Cái"),
    fig("(118 vụ)", "118", 118, "count", "vụ", S, inh(P), location="Hải Hà"),
    fig("(76 vụ)", "76", 76, "count", "vụ", S, inh(P), location="Bình Liêu"),
    fig("chặt 3 cửa khẩu", "3", 3, "count", "cửa khẩu", "cửa khẩu được kiểm soát chặt", optional=True),
    fig("ít nhất 10%", "10", 10, "percent", "%", "số vụ bắt giữ tăng so với cùng kỳ", approx="at_least",
        status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh: kết quả chống buôn lậu, gian lận thương mại, hàng giả 11 tháng 2023 (Ban Chỉ đạo 389 tỉnh), BĐBP, địa bàn trọng điểm.",
    "Byline 'THU HẰNG' with the bare date '12/12/2023' at the end gives published. Not figures: 'Ban Chỉ đạo 389', 'Kế hoạch số 245/KH-BCĐ389',",
    "'cầu phao Km3+4', 'Quốc lộ 18', 'Giáp Thìn 2024', 'ngày 30/11/2023'. 'Từ đầu năm đến ngày 30/11/2023' = 2023-01-01..2023-11-30.",
    "The 'Trong đó' items (312/205/86/41) are parts of 1.247 (they need not add up: 'còn lại là các vi phạm khác'). 'Riêng Bộ đội Biên phòng",
    "… 216 vụ' has no part-of cue: no total. Hot-spot list: the city/districts go to location; 'chiếm 42,8% tổng số vụ toàn tỉnh' names no",
    "number, so percent only (no total, as h26). '3 cửa khẩu (Móng Cái, …)' only names the gates in a plan: optional.",
    "'phấn đấu số vụ bắt giữ tăng ít nhất 10%' is a growth rate as the claim: a percent figure (target, at_least), no change object.",
]

if __name__ == "__main__":
    emit("p559-5", TEXT, COMMENTS, FIGS, published="2023-12-12", location="Quảng Ninh")
