"""p954-8: provincial newspaper online (Báo Bình Định, tag (BĐ)): folk sports at village festivals, 9 months 2024."""
from lib import F, P, Pi, C, build

TEXT = """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Thể thao › Phong trào

Hơn 9.600 lượt vận động viên tranh tài thể thao dân tộc tại lễ hội làng

Cập nhật lúc 15:45, Thứ năm, 10/10/2024

(BĐ) - 9 tháng đầu năm, các địa phương trong tỉnh đã tổ chức 46 giải thể thao dân tộc và trò chơi dân gian gắn với lễ hội truyền thống, đạt 92% kế hoạch năm, thu hút hơn 9.600 lượt vận động viên tham gia. Trong đó, võ cổ truyền có 18 giải, vật dân tộc 11 giải, đua thuyền 9 giải, kéo co và các trò chơi khác 8 giải.

Riêng số giải vật dân tộc gấp 2,2 lần cùng kỳ năm 2023.

Lễ hội đua thuyền truyền thống trên đầm Thị Nại ngày 2/9 vừa qua có 14 đội thuyền của TP Quy Nhơn và huyện Tuy Phước tham gia với 336 tay chèo; lượng khách đến cổ vũ ước khoảng 20.000 người. Tại hội vật làng Thuận Truyền (huyện Tây Sơn) hồi tháng 2, 72 đô vật thi đấu ở 7 hạng cân; tổng giải thưởng 45 triệu đồng, tăng 50% so với năm trước.

Kinh phí tổ chức các giải là 2,8 tỷ đồng, trong đó nguồn xã hội hóa chiếm 65%. Mức bồi dưỡng vận động viên là 150.000 đồng/người/ngày thi đấu.

Hiện toàn tỉnh có 455 câu lạc bộ, võ đường với trên 20.000 võ sinh. Theo Kế hoạch số 96/KH-SVHTT, trong quý IV/2024, Sở Văn hóa và Thể thao dự kiến tổ chức thêm 6 giải, trong đó có Giải vô địch võ cổ truyền tỉnh lần thứ 32. Mục tiêu đến năm 2025, 100% xã, phường, thị trấn có câu lạc bộ võ cổ truyền.

NGUYỄN PHÚC
"""

M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
D29 = P("ngày 2/9", "2024-09-02", "2024-09-02")
T2 = P("tháng 2", "2024-02-01", "2024-02-29")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TS = "Tây Sơn"

FIGS = [
    F("Hơn 9.600 lượt vận động viên", "9.600", 9600, "count", "lượt vận động viên",
      "lượt vận động viên tranh tài thể thao dân tộc tại lễ hội làng", approx="over"),
    F("tổ chức 46 giải", "46", 46, "count", "giải", "giải thể thao dân tộc và trò chơi dân gian",
      percent=92, period=M9),
    F("hơn 9.600 lượt vận động viên tham gia", "9.600", 9600, "count", "lượt vận động viên",
      "lượt vận động viên tham gia", approx="over", period=M9),
    F("có 18 giải", "18", 18, "count", "giải", "giải võ cổ truyền", total=46, period=Pi(M9)),
    F("vật dân tộc 11 giải", "11", 11, "count", "giải", "giải vật dân tộc", total=46, period=Pi(M9)),
    F("đua thuyền 9 giải", "9", 9, "count", "giải", "giải đua thuyền", total=46, period=Pi(M9)),
    F("khác 8 giải", "8", 8, "count", "giải", "giải kéo co và các trò chơi khác", total=46, period=Pi(M9)),
    F("gấp 2,2 lần", "2,2", 2.2, "multiple", "lần", "số giải vật dân tộc so với cùng kỳ năm 2023",
      period=Pi(M9)),
    F("có 14 đội thuyền", "14", 14, "count", "đội thuyền", "đội thuyền tham gia lễ hội đua thuyền trên đầm Thị Nại",
      period=D29),
    F("với 336 tay chèo", "336", 336, "count", "tay chèo", "tay chèo tham gia lễ hội đua thuyền", period=D29),
    F("ước khoảng 20.000 người", "20.000", 20000, "count", "người", "lượng khách đến cổ vũ",
      approx="about", status="estimate", period=D29),
    F("72 đô vật", "72", 72, "count", "đô vật", "đô vật thi đấu tại hội vật làng Thuận Truyền",
      period=T2, location=TS),
    F("ở 7 hạng cân", "7", 7, "count", "hạng cân", "hạng cân thi đấu tại hội vật làng Thuận Truyền",
      period=T2, location=TS),
    F("giải thưởng 45 triệu đồng", "45", 45e6, "money", "đồng", "tổng giải thưởng hội vật làng Thuận Truyền",
      change=C("increase", 50, "%", "năm trước"), period=T2, location=TS),
    F("là 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "kinh phí tổ chức các giải", period=Pi(M9)),
    F("chiếm 65%", "65", 65, "percent", "%", "tỷ lệ nguồn xã hội hóa trong kinh phí tổ chức các giải",
      period=Pi(M9)),
    F("150.000 đồng/người/ngày", "150.000", 150000, "money", "đồng/người/ngày", "mức bồi dưỡng vận động viên"),
    F("có 455 câu lạc bộ", "455", 455, "count", "câu lạc bộ, võ đường", "câu lạc bộ, võ đường"),
    F("trên 20.000 võ sinh", "20.000", 20000, "count", "võ sinh", "võ sinh", approx="over"),
    F("thêm 6 giải", "6", 6, "count", "giải", "giải Sở Văn hóa và Thể thao tổ chức thêm",
      status="forecast", period=Q4),
    F("2025, 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có câu lạc bộ võ cổ truyền",
      status="target", period=TO25),
]

COMMENTS = [
    "Báo Bình Định online (invented), 'Cập nhật lúc 15:45, Thứ năm, 10/10/2024', tag '(BĐ) -': folk sports at village festivals, 9 months 2024.",
    "The province is only 'tỉnh' in the body, but the paper's name, the tag and TP Quy Nhơn / huyện Tây Sơn imply Bình Định. The Thuận Truyền",
    "wrestling figures name their district (Tây Sơn); the Thị Nại boat race names two (Quy Nhơn, Tuy Phước), so it stays Bình Định.",
    "'đạt 92% kế hoạch năm' is the 46's percent. The four 'Trong đó' parts add up to 46: total. 'gấp 2,2 lần' stands alone: a multiple.",
    "'ngày 2/9' and 'tháng 2' take 2024 (the dateline and '9 tháng đầu năm'). 'ước khoảng' → estimate + about. 'chiếm 65%' of the 2,8 tỷ is a share",
    "of a part not stated as an amount: a percent figure. Distractors: '15:45', 'Thứ năm', 'Kế hoạch số 96/KH-SVHTT', 'lần thứ 32'.",
]

if __name__ == "__main__":
    build(8, TEXT, FIGS, COMMENTS, published="2024-10-10", location="Bình Định")
