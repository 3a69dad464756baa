"""p1317-4: ministry site (Bộ KH&CN): national industrial-property applications and titles 2023, GII rank, 2024 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức - Sự kiện > Hoạt động của Bộ

Năm 2023, Cục Sở hữu trí tuệ tiếp nhận hơn 138.000 đơn

18/01/2024 | 15:20 | Cục Sở hữu trí tuệ

Ngày 17/1, tại Hà Nội, Cục Sở hữu trí tuệ tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.

Năm 2023, Cục đã tiếp nhận 138.562 đơn đăng ký các đối tượng sở hữu công nghiệp, tăng 5,6% so với năm 2022. Trong đó có 10.120 đơn sáng chế, 674 đơn giải pháp hữu ích, 4.870 đơn kiểu dáng công nghiệp và 71.950 đơn nhãn hiệu. Đơn nộp trực tuyến chiếm khoảng 85% tổng số đơn.

Cục đã cấp 64.385 văn bằng bảo hộ, tăng gần 30% so với năm trước; số đơn được xử lý bằng khoảng 1,2 lần số đơn tiếp nhận.

Đáng chú ý, số đơn sáng chế của người Việt Nam đạt 1.174 đơn, chiếm 11,6% tổng số đơn sáng chế, lần đầu tiên vượt mốc 1.000 đơn.

Theo Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2023 do WIPO công bố, Việt Nam xếp thứ 46/132 quốc gia, nền kinh tế, đứng thứ 2 trong nhóm 37 quốc gia thu nhập trung bình thấp.

Năm 2024, Cục đặt mục tiêu xử lý khoảng 150.000 đơn, giảm 20% số đơn tồn đọng, rút ngắn thời gian thẩm định nội dung đơn nhãn hiệu xuống dưới 12 tháng theo Luật Sở hữu trí tuệ sửa đổi năm 2022 và Nghị định số 65/2023/NĐ-CP.

Tin cùng chuyên mục:
- Hội thảo về chỉ dẫn địa lý lần thứ 2
- Thông tư số 23/2023/TT-BKHCN hướng dẫn Luật Sở hữu trí tuệ

Cục Sở hữu trí tuệ - 384-386 Nguyễn Trãi, quận Thanh Xuân, Hà Nội
Điện thoại: 024.3858.3069
"""

Y23H = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = Y23H
GII = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 138.000 đơn", "138.000", 138000, "count", "đơn", approx="over",
        subject="đơn Cục Sở hữu trí tuệ tiếp nhận", period=Y23H),
    fig("tiếp nhận 138.562 đơn", "138.562", 138562, "count", "đơn",
        change=chg("increase", 5.6, "%", "năm 2022"),
        subject="đơn đăng ký các đối tượng sở hữu công nghiệp Cục tiếp nhận", period=Y23),
    fig("có 10.120 đơn", "10.120", 10120, "count", "đơn", total=138562,
        subject="đơn sáng chế", period=inh(Y23)),
    fig("674 đơn", "674", 674, "count", "đơn", total=138562,
        subject="đơn giải pháp hữu ích", period=inh(Y23)),
    fig("4.870 đơn", "4.870", 4870, "count", "đơn", total=138562,
        subject="đơn kiểu dáng công nghiệp", period=inh(Y23)),
    fig("71.950 đơn", "71.950", 71950, "count", "đơn", total=138562,
        subject="đơn nhãn hiệu", period=inh(Y23)),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="đơn nộp trực tuyến trong tổng số đơn", period=inh(Y23)),
    fig("cấp 64.385 văn bằng", "64.385", 64385, "count", "văn bằng bảo hộ",
        change=chg("increase", 30, "%", "năm trước", approx="nearly"),
        subject="văn bằng bảo hộ Cục đã cấp", period=inh(Y23)),
    fig("khoảng 1,2 lần", "1,2", 1.2, "multiple", "lần", approx="about",
        subject="số đơn được xử lý so với số đơn tiếp nhận", period=inh(Y23)),
    fig("đạt 1.174 đơn", "1.174", 1174, "count", "đơn", percent=11.6,
        subject="đơn sáng chế của người Việt Nam", period=inh(Y23)),
    fig("mốc 1.000 đơn", "1.000", 1000, "count", "đơn", optional=True,
        subject="mốc đơn sáng chế của người Việt Nam"),
    fig("thứ 46/132", "46", 46, "rank", "hạng", total=132,
        subject="Chỉ số Đổi mới sáng tạo toàn cầu (GII)", period=GII),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="Chỉ số Đổi mới sáng tạo toàn cầu (GII) trong nhóm quốc gia thu nhập trung bình thấp", period=GII),
    fig("nhóm 37 quốc gia", "37", 37, "count", "quốc gia",
        subject="quốc gia thu nhập trung bình thấp", period=GII),
    fig("khoảng 150.000 đơn", "150.000", 150000, "count", "đơn", approx="about", status="target",
        subject="đơn Cục xử lý", period=Y24),
    fig("giảm 20%", "20", 20, "percent", "%", status="target",
        subject="số đơn tồn đọng", period=Y24),
    fig("dưới 12 tháng", "12", 12, "measure", "tháng", approx="under", status="target",
        subject="thời gian thẩm định nội dung đơn nhãn hiệu", period=Y24),
]

NOTES = [
    "Ministry site (Bộ KH&CN): breadcrumb, '18/01/2024 | 15:20 | Cục Sở hữu trí tuệ', related links, address footer. National figures: Việt Nam.",
    "Distractors: 15:20, 'Ngày 17/1', 'năm 2022' in the law's name, Nghị định số 65/2023/NĐ-CP, Thông tư số 23/2023/TT-BKHCN, 'lần thứ 2',",
    "address '384-386 Nguyễn Trãi', phone 024.3858.3069.",
    "Headline 'hơn 138.000 đơn' is its own figure (over). 'Trong đó' parts after a sentence break take total 138.562 (they need not add up).",
    "'khoảng 85% tổng số đơn' stands alone (no base amount in its sentence): a percent figure. 'tăng gần 30%' → change with approx nearly.",
    "'bằng khoảng 1,2 lần số đơn tiếp nhận' is a multiple standing as the claim (kind multiple). Periods of paragraphs 3-4 are inherited.",
    "Optional: 'vượt mốc 1.000 đơn' (a milestone that restates 1.174). 'xếp thứ 46/132' → rank 46 with total 132 (a/b, as h04's 25/63).",
    "revised after the first run: 'đứng thứ 2 trong nhóm 37 quốc gia' loses total 37 and '37 quốc gia' becomes a required count figure:",
    "a total must count the same thing as its part (FIGURES.md, parts of a whole), a rank does not count countries; the shared gold h05",
    "('Ở nhóm 17 bộ, ngành ..., xếp ở vị trí số 1') keeps the rank without a total and the group size as a figure of its own.",
    "'đặt mục tiêu' governs all three clauses of the last sentence (target); 'giảm 20% số đơn tồn đọng' is a rate as the claim (percent).",
]

if __name__ == "__main__":
    write("p1317-4", TEXT, NOTES, FIGS, published="2024-01-18", location="Việt Nam")
