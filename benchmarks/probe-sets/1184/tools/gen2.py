"""p1184-2: district portal (huyện Vạn Ninh, Khánh Hòa): inspection of hatcheries, 6 months 2024, a company's hatchery."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VẠN NINH - TỈNH KHÁNH HÒA
Kinh tế - Nông nghiệp
Thứ Ba, 18/06/2024 - 15:40

Kiểm tra chất lượng tôm giống tại các cơ sở sản xuất trên địa bàn huyện

Từ ngày 10 đến 14/6, Đoàn kiểm tra liên ngành huyện Vạn Ninh đã kiểm tra điều kiện sản xuất và chất lượng con giống tại 27 cơ sở sản xuất, ương dưỡng tôm giống ở các xã Vạn Thọ, Vạn Hưng, Vạn Thạnh.

Qua kiểm tra, 23/27 cơ sở đáp ứng đầy đủ điều kiện theo quy định; 4 cơ sở chưa có giấy chứng nhận đủ điều kiện sản xuất, bị xử phạt vi phạm hành chính tổng số tiền 68 triệu đồng. Đoàn đã lấy 54 mẫu tôm giống gửi Trung tâm Chẩn đoán thú y vùng Nha Trang xét nghiệm, trong đó 2 mẫu dương tính với vi bào tử trùng EHP. Hai lô giống với khoảng 3,5 triệu con post đã bị buộc tiêu hủy.

6 tháng đầu năm, các cơ sở trên địa bàn huyện sản xuất được 1,85 tỷ con tôm giống, bằng 48,7% kế hoạch năm; số tôm bố mẹ nhập về là 9.600 con, giảm 12% so với cùng kỳ do giá tôm bố mẹ nhập khẩu tăng cao, có thời điểm lên 75 USD/cặp.

Trại giống của Công ty TNHH Thủy sản Hải Đăng ở thôn Đông Hải, xã Vạn Hưng là một trong những cơ sở làm tốt khâu an toàn sinh học. Trại có 36 bể ương, mỗi bể 25 m3, nước cấp được xử lý qua ba lần lọc. Năm 2023, trại xuất bán khoảng 420 triệu con giống, tỷ lệ sống của tôm khi thả nuôi đạt trên 85%.

Thời gian tới, huyện phấn đấu 100% cơ sở sản xuất tôm giống được cấp giấy chứng nhận đủ điều kiện; dự kiến cả năm sản xuất 3,8 tỷ con giống.

Phòng Nông nghiệp và PTNT huyện
"""

INSP = per("Từ ngày 10 đến 14/6", "2024-06-10", "2024-06-14")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tại 27 cơ sở", "27", 27, "count", "cơ sở",
        subject="cơ sở sản xuất, ương dưỡng tôm giống được kiểm tra", period=INSP),
    fig("23/27 cơ sở", "23", 23, "count", "cơ sở", total=27,
        subject="cơ sở đáp ứng đầy đủ điều kiện theo quy định", period=inh(INSP)),
    fig("; 4 cơ sở", "4", 4, "count", "cơ sở",
        subject="cơ sở chưa có giấy chứng nhận đủ điều kiện sản xuất", period=inh(INSP)),
    fig("68 triệu đồng", "68", 68e6, "money", "đồng",
        subject="tiền xử phạt vi phạm hành chính", period=inh(INSP)),
    fig("lấy 54 mẫu", "54", 54, "count", "mẫu",
        subject="mẫu tôm giống gửi xét nghiệm", period=inh(INSP)),
    fig("2 mẫu dương tính", "2", 2, "count", "mẫu", total=54,
        subject="mẫu dương tính với vi bào tử trùng EHP", period=inh(INSP)),
    fig("Hai lô giống", "Hai", 2, "count", "lô", subject="lô giống bị buộc tiêu hủy", period=inh(INSP)),
    fig("khoảng 3,5 triệu con", "3,5", 3.5e6, "count", "con", approx="about",
        subject="con post bị buộc tiêu hủy", period=inh(INSP)),
    fig("được 1,85 tỷ con", "1,85", 1.85e9, "count", "con", percent=48.7,
        subject="tôm giống sản xuất", period=H1),
    fig("là 9.600 con", "9.600", 9600, "count", "con",
        change=chg("decrease", 12, "%", "cùng kỳ"),
        subject="tôm bố mẹ nhập về", period=H1),
    fig("lên 75 USD/cặp", "75", 75, "money", "USD/cặp",
        subject="giá tôm bố mẹ nhập khẩu", period=H1),
    fig("có 36 bể ương", "36", 36, "count", "bể ương", subject="bể ương của trại"),
    fig("mỗi bể 25 m3", "25", 25, "measure", "m3", subject="thể tích mỗi bể ương của trại"),
    fig("qua ba lần lọc", "ba", 3, "count", "lần lọc", optional=True,
        subject="số lần lọc nước cấp"),
    fig("khoảng 420 triệu con", "420", 420e6, "count", "con", approx="about",
        subject="con giống trại xuất bán", period=Y23),
    fig("đạt trên 85%", "85", 85, "percent", "%", approx="over",
        subject="tỷ lệ sống của tôm khi thả nuôi", period=Y23),
    fig("phấn đấu 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất tôm giống được cấp giấy chứng nhận đủ điều kiện"),
    fig("sản xuất 3,8 tỷ con", "3,8", 3.8e9, "count", "con", status="forecast",
        subject="con giống sản xuất", period=Y24),
]

NOTES = [
    "District portal, huyện Vạn Ninh (Khánh Hòa): 'Thứ Ba, 18/06/2024 - 15:40' (published). Default location is the district.",
    "'Từ ngày 10 đến 14/6' is the inspection window (2024 from published): scored in its sentence, inherited in the next paragraph.",
    "'23/27 cơ sở': total 27 (an attribute, not a figure). '4 cơ sở' after ';' has no part-of cue: no total.",
    "'2 mẫu' after 'trong đó' is part of 54 mẫu. 'Hai lô' is a number word. 'một trong những cơ sở' is not a figure.",
    "'bằng 48,7% kế hoạch năm' is the share of 1,85 tỷ. 75 USD/cặp is a peak price within the 6 months (same sentence).",
    "Hatchery of Công ty Hải Đăng (xã Vạn Hưng): located in Vạn Ninh; 'qua ba lần lọc' describes a process (optional).",
    "revised after the first run: subjects of 36 bể ương and 420 triệu con as the sentence names them ('Trại có …', 'trại xuất bán').",
    "'phấn đấu' -> target; 'dự kiến cả năm' -> forecast for 2024. Distractors: dateline, thôn Đông Hải, 'Từ ngày 10 đến 14/6'.",
]

if __name__ == "__main__":
    build("p1184-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Vạn Ninh")
