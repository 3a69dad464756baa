"""p1175-1: Đồng Tháp province portal, bến khách ngang sông at 30/9/2024 and 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Xây dựng

Đồng Tháp: Rà soát 214 bến khách ngang sông trước mùa nước nổi

Cập nhật: 21/10/2024 08:15 | Lượt xem: 2.317

(dongthap.gov.vn) - Tính đến ngày 30/9/2024, toàn tỉnh Đồng Tháp có 214 bến khách ngang sông đang hoạt động, trong đó 198 bến đã được cấp giấy phép, chiếm 92,5%; 16 bến còn lại đang hoàn thiện hồ sơ. Các bến sử dụng 356 phương tiện chở khách, tăng 12 phương tiện so với cuối năm 2023.

9 tháng đầu năm 2024, các bến đã vận chuyển ước khoảng 8,6 triệu lượt khách, giảm 3,4% so với cùng kỳ do một số cầu mới được đưa vào sử dụng. Bình quân mỗi bến phục vụ từ 120 đến 150 lượt khách/ngày.

Qua kiểm tra, lực lượng chức năng phát hiện, xử lý 47 trường hợp vi phạm, phạt tiền hơn 96 triệu đồng; các lỗi chủ yếu là không trang bị đủ áo phao (21 trường hợp), chở quá số người quy định (14 trường hợp) và người lái không có chứng chỉ chuyên môn (9 trường hợp). Trong 9 tháng, trên địa bàn tỉnh không xảy ra tai nạn giao thông đường thủy tại bến khách ngang sông.

Tại huyện Tháp Mười, bến đò Mỹ Hòa cạnh Quốc lộ 30 được đầu tư nâng cấp với kinh phí gần 1,2 tỷ đồng. Bến có 3 đò máy, mỗi chuyến chở không quá 12 người; giá vé 3.000 đồng/lượt, học sinh được miễn phí.

Năm 2025, tỉnh phấn đấu 100% bến khách ngang sông được cấp phép, 100% người lái phương tiện có bằng, chứng chỉ theo quy định; dự kiến hỗ trợ trang bị thêm 2.000 áo phao cho các bến ở vùng sâu, vùng xa.
"""

ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
BEN = "bến khách ngang sông"
VIOL = "trường hợp vi phạm"

FIGS = [
    fig("Rà soát 214 bến", "214", 214, "count", "bến", subject="bến khách ngang sông rà soát trước mùa nước nổi"),
    fig("có 214 bến", "214", 214, "count", "bến", subject="bến khách ngang sông đang hoạt động", period=ASOF),
    fig("198 bến", "198", 198, "count", "bến", total=214, percent=92.5,
        subject="bến khách ngang sông đã được cấp giấy phép", period=ASOF),
    fig("16 bến", "16", 16, "count", "bến", total=214,
        subject="bến khách ngang sông đang hoàn thiện hồ sơ", period=ASOF),
    fig("356 phương tiện", "356", 356, "count", "phương tiện",
        change=chg("increase", 12, "phương tiện", "cuối năm 2023"),
        subject="phương tiện chở khách các bến sử dụng", period=inh(ASOF)),
    fig("khoảng 8,6 triệu", "8,6", 8600000, "count", "lượt khách", approx="about", status="estimate",
        change=chg("decrease", 3.4, "%", "cùng kỳ"), subject="lượt khách các bến vận chuyển", period=NINE),
    fig("từ 120 đến 150", "120", 120, "measure", "lượt khách/ngày", value_max=150,
        subject="lượt khách bình quân mỗi bến phục vụ", period=inh(NINE)),
    fig("xử lý 47 trường hợp", "47", 47, "count", "trường hợp", subject="trường hợp vi phạm phát hiện, xử lý",
        period=inh(NINE)),
    fig("hơn 96 triệu", "96", 96000000, "money", "đồng", approx="over", subject="tiền phạt vi phạm",
        period=inh(NINE)),
    fig("(21 trường hợp)", "21", 21, "count", "trường hợp",
        subject="trường hợp vi phạm không trang bị đủ áo phao", period=inh(NINE)),
    fig("(14 trường hợp)", "14", 14, "count", "trường hợp",
        subject="trường hợp vi phạm chở quá số người quy định", period=inh(NINE)),
    fig("(9 trường hợp)", "9", 9, "count", "trường hợp",
        subject="trường hợp vi phạm người lái không có chứng chỉ chuyên môn", period=inh(NINE)),
    fig("gần 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="nearly",
        subject="kinh phí đầu tư nâng cấp bến đò Mỹ Hòa", location="Tháp Mười"),
    fig("có 3 đò máy", "3", 3, "count", "đò máy", subject="đò máy của bến đò Mỹ Hòa", location="Tháp Mười"),
    fig("không quá 12 người", "12", 12, "measure", "người/chuyến", approx="at_most",
        subject="số người chở mỗi chuyến", location="Tháp Mười"),
    fig("3.000 đồng/lượt", "3.000", 3000, "money", "đồng/lượt", subject="giá vé bến đò Mỹ Hòa",
        location="Tháp Mười"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="bến khách ngang sông được cấp phép", period=Y25),
    fig("100% người lái", "100", 100, "percent", "%", status="target",
        subject="người lái phương tiện có bằng, chứng chỉ theo quy định", period=Y25),
    fig("thêm 2.000 áo phao", "2.000", 2000, "count", "áo phao", status="forecast",
        subject="áo phao hỗ trợ trang bị thêm cho các bến ở vùng sâu, vùng xa", period=Y25),
]

NOTES = [
    "Province portal (Đồng Tháp): breadcrumb, headline figure, 'Cập nhật: 21/10/2024 08:15 | Lượt xem: 2.317', '(dongthap.gov.vn) -'.",
    "Distractors: view counter 2.317, time 08:15, 'Quốc lộ 30', 'mùa nước nổi'; 'không xảy ra tai nạn' has no number.",
    "198 and 16 follow 'trong đó' after 214 (the 16 after ';'): total 214. The fault list 21+14+9 ≠ 47 ('các lỗi chủ yếu là'): no total.",
    "'Bình quân mỗi bến ... lượt khách/ngày' is a rate (measure). Passage on bến đò Mỹ Hòa: location Tháp Mười.",
    "'phấn đấu' governs both 100% (continuing clause); 'dự kiến' clause → forecast. 'tăng 12 phương tiện so với cuối năm 2023' is the change of 356.",
    "revised after the first run: the two 100% targets lose the added word 'tỷ lệ' (not in the sentence; FIGURES.md: the indicator as the sentence names it).",
]

if __name__ == "__main__":
    write("p1175-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Đồng Tháp")
