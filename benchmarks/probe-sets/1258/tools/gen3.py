"""p1258-3: formal report (UBND tỉnh Long An, Số: 12/BC-UBND): Vovinam 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển phong trào Vovinam năm 2024, phương hướng nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. Phong trào tập luyện
Năm 2024, toàn tỉnh có 96 câu lạc bộ, võ đường Vovinam, tăng 8 câu lạc bộ so với năm 2023, đạt 104,3% kế hoạch. Số võ sinh tập luyện thường xuyên đạt 9.980 người, tăng 9,2% so với năm 2023, trong đó võ sinh nữ chiếm 36,5%. Đội ngũ huấn luyện viên, hướng dẫn viên có 312 người, trong đó 48 người có chứng chỉ huấn luyện viên cấp quốc gia.

Bảng 1. Số võ sinh Vovinam theo địa phương
Đơn vị tính: người
STT | Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | TP Tân An | 2.140 | 2.385 | 111,4
2 | Huyện Đức Hòa | 1.760 | 1.912 | 108,6
3 | Huyện Bến Lức | 1.325 | 1.480 | 111,7
4 | Các địa phương khác | 3.915 | 4.203 | 107,4
 | Tổng cộng | 9.140 | 9.980 | 109,2

2. Thi đấu và thăng cấp
Trong năm, tỉnh tổ chức 4 kỳ thi thăng cấp đai cho 3.450 lượt võ sinh; tỷ lệ võ sinh đạt yêu cầu là 96,2%. Đội tuyển Vovinam tỉnh tham gia 5 giải toàn quốc, giành 26 huy chương (7 huy chương vàng, 8 huy chương bạc, 11 huy chương đồng); tại Giải vô địch Vovinam toàn quốc lần thứ 31 xếp thứ 3 toàn đoàn.

3. Kinh phí
Kinh phí sự nghiệp chi cho phong trào là 2,35 tỷ đồng, bằng 94% dự toán; huy động xã hội hóa gần 900 triệu đồng.

II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025
Phấn đấu thành lập mới 10 câu lạc bộ, số võ sinh đạt trên 10.800 người; 60% trường trung học cơ sở có câu lạc bộ Vovinam. Dự kiến đăng cai Giải trẻ Vovinam toàn quốc vào quý III/2025 với khoảng 500 vận động viên.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, VX.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
INY = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
Q3 = per("quý III/2025", "2025-07-01", "2025-09-30")
CAP = "số võ sinh Vovinam"


def cells(anchor_cells, label, place, nums):
    out = []
    cols = [("năm 2023", Y23, "người"), ("năm 2024", Y24, "người"), ("so với cùng kỳ", inh(Y24), "%")]
    for anchor, n, (col, p, unit) in zip(anchor_cells, nums, cols):
        v = float(n.replace(".", "").replace(",", "."))
        kind = "percent" if unit == "%" else "count"
        subj = f"{CAP} {label} {col}".replace("  ", " ")
        kw = {"location": place} if place else {}
        out.append(fig(anchor, n, v, kind, unit, subject=subj, period=p, **kw))
    return out


FIGS = [
    fig("có 96 câu lạc bộ", "96", 96, "count", "câu lạc bộ, võ đường", percent=104.3,
        change=chg("increase", 8, "câu lạc bộ", "năm 2023"), subject="câu lạc bộ, võ đường Vovinam", period=Y24),
    fig("đạt 9.980 người", "9.980", 9980, "count", "người", change=chg("increase", 9.2, "%", "năm 2023"),
        subject="số võ sinh tập luyện thường xuyên", period=inh(Y24)),
    fig("chiếm 36,5%", "36,5", 36.5, "percent", "%", subject="tỷ lệ võ sinh nữ trong số võ sinh tập luyện thường xuyên",
        period=inh(Y24)),
    fig("có 312 người", "312", 312, "count", "người", subject="đội ngũ huấn luyện viên, hướng dẫn viên",
        period=inh(Y24)),
    fig("đó 48 người", "48", 48, "count", "người", total=312,
        subject="huấn luyện viên có chứng chỉ huấn luyện viên cấp quốc gia", period=inh(Y24)),
]
FIGS += cells(["Tân An | 2.140", "2.140 | 2.385", "2.385 | 111,4"], "", "Tân An", ["2.140", "2.385", "111,4"])
FIGS += cells(["Hòa | 1.760", "1.760 | 1.912", "1.912 | 108,6"], "", "Đức Hòa", ["1.760", "1.912", "108,6"])
FIGS += cells(["Lức | 1.325", "1.325 | 1.480", "1.480 | 111,7"], "", "Bến Lức", ["1.325", "1.480", "111,7"])
FIGS += cells(["khác | 3.915", "3.915 | 4.203", "4.203 | 107,4"], "các địa phương khác", None,
              ["3.915", "4.203", "107,4"])
FIGS += cells(["cộng | 9.140", "9.140 | 9.980", "9.980 | 109,2"], "tổng cộng", None, ["9.140", "9.980", "109,2"])
FIGS += [
    fig("tổ chức 4 kỳ thi", "4", 4, "count", "kỳ thi", subject="kỳ thi thăng cấp đai tỉnh tổ chức", period=INY),
    fig("cho 3.450 lượt", "3.450", 3450, "count", "lượt võ sinh", subject="lượt võ sinh dự thi thăng cấp đai",
        period=INY),
    fig("là 96,2%", "96,2", 96.2, "percent", "%", subject="tỷ lệ võ sinh đạt yêu cầu", period=inh(INY)),
    fig("tham gia 5 giải", "5", 5, "count", "giải", subject="giải toàn quốc đội tuyển Vovinam tỉnh tham gia",
        period=inh(INY)),
    fig("giành 26 huy chương", "26", 26, "count", "huy chương", subject="huy chương đội tuyển Vovinam tỉnh giành",
        period=inh(INY)),
    fig("(7 huy chương vàng", "7", 7, "count", "huy chương vàng", total=26, subject="huy chương vàng",
        period=inh(INY)),
    fig("8 huy chương bạc", "8", 8, "count", "huy chương bạc", total=26, subject="huy chương bạc", period=inh(INY)),
    fig("11 huy chương đồng", "11", 11, "count", "huy chương đồng", total=26, subject="huy chương đồng",
        period=inh(INY)),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="xếp hạng toàn đoàn của đội tuyển Vovinam tỉnh tại Giải vô địch Vovinam toàn quốc", period=inh(INY)),
    fig("là 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", percent=94,
        subject="kinh phí sự nghiệp chi cho phong trào", period=inh(Y24)),
    fig("gần 900 triệu", "900", 900e6, "money", "đồng", approx="nearly", subject="kinh phí huy động xã hội hóa",
        period=inh(Y24)),
    fig("mới 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ", status="target",
        subject="câu lạc bộ thành lập mới", period=inh(Y25)),
    fig("trên 10.800 người", "10.800", 10800, "count", "người", approx="over", status="target",
        subject="số võ sinh", period=inh(Y25)),
    fig("60% trường", "60", 60, "percent", "%", status="target",
        subject="trường trung học cơ sở có câu lạc bộ Vovinam", period=inh(Y25)),
    fig("khoảng 500 vận động viên", "500", 500, "count", "vận động viên", approx="about", status="forecast",
        subject="vận động viên Giải trẻ Vovinam toàn quốc", period=Q3),
]

NOTES = [
    "Formal report (UBND tỉnh Long An, Số: 12/BC-UBND, 'Long An, ngày 08 tháng 01 năm 2025'): sections I/II and 1-3, Nơi nhận.",
    "Distractors: the document number, the letterhead date, 'STT' row numbers 1-4, section numbers, 'lần thứ 31', 'Lưu: VT, VX'.",
    "'đạt 104,3% kế hoạch' after 96 câu lạc bộ is its percent attribute; 'tăng 8 câu lạc bộ so với năm 2023' its change.",
    "'trong đó võ sinh nữ chiếm 36,5%' is a percent figure of its own (no base amount for the women).",
    "Flattened '|' table, 'Đơn vị tính: người': place rows give location (Tân An, Đức Hòa, Bến Lức); 'Các địa phương khác' and",
    "'Tổng cộng' stay Long An. Periods from the column headers (scored); the 'So với cùng kỳ (%)' column is a percent figure per cell",
    "(index vs 2023, value as written) with the 2024 period inherited (not stated in its header). Table cells get no total.",
    "'(7 ..., 8 ..., 11 huy chương ...)' add up to 26: total 26. 'Trong năm' in an annual report = 2024.",
    "Section II heading 'NĂM 2025' + 'Phấn đấu' → target, period inherited; 'Dự kiến ... quý III/2025' → forecast.",
]

if __name__ == "__main__":
    write("p1258-3", TEXT, NOTES, FIGS, published="2025-01-08", location="Long An")
