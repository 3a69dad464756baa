import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
CHI CỤC KIỂM LÂM

Lâm Đồng: Tỷ lệ che phủ rừng đạt 55,06%, số vụ vi phạm giảm
Ngày đăng: 08/10/2024 | Lượt xem: 1.204

Theo số liệu theo dõi diễn biến rừng, tính đến 30/9/2024, diện tích đất có rừng toàn tỉnh Lâm Đồng là 536.215 ha, tỷ lệ che phủ rừng (kể cả cây phân tán) đạt 55,06%, tăng 0,21 điểm phần trăm so với cuối năm 2023. Trong đó, rừng tự nhiên 449.830 ha, rừng trồng 86.385 ha. Các huyện có tỷ lệ che phủ rừng cao là Lạc Dương (86,52%), Đam Rông (71,3%), Bảo Lâm (63,8%); thấp nhất là Đức Trọng với 38,45%.

9 tháng năm 2024, lực lượng kiểm lâm phối hợp với các chủ rừng tổ chức 4.236 đợt tuần tra, truy quét, tăng 12% so với cùng kỳ; phát hiện 312 vụ vi phạm Luật Lâm nghiệp, giảm 47 vụ (13,1%) so với cùng kỳ năm 2023. Trong đó, phá rừng trái phép 58 vụ, khai thác rừng trái phép 41 vụ, vận chuyển, mua bán lâm sản trái phép 96 vụ; vụ phá rừng lớn nhất xảy ra tại tiểu khu 625, xã Phi Liêng, huyện Đam Rông với diện tích 4,2 ha. Đã xử lý hành chính 276 vụ, tịch thu 182,5 m³ gỗ các loại, thu nộp ngân sách hơn 3,7 tỷ đồng; khởi tố 21 vụ án hình sự.

Thực hiện Quyết định số 1520/QĐ-UBND ngày 12/8/2024 của UBND tỉnh, chỉ tiêu năm 2024 tỉnh giao trồng mới 2.500 ha rừng tập trung; đến hết tháng 9, toàn tỉnh đã trồng được 2.105 ha, đạt 84,2% chỉ tiêu. Chi cục phấn đấu đến cuối năm 2024 giữ ổn định tỷ lệ che phủ rừng trên 55%, không để xảy ra cháy rừng lớn trong mùa khô 2024-2025.

Chi cục Kiểm lâm tỉnh Lâm Đồng - số 2 Trần Hưng Đạo, phường 3, Đà Lạt. ĐT: 0263.3822.137.
"""

ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
ASOFi = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
SUBJ_COVER = "tỷ lệ che phủ rừng"

FIGS = [
    F("rừng đạt 55,06%, số vụ", "55,06", 55.06, "percent", None, SUBJ_COVER),
    F("toàn tỉnh Lâm Đồng là 536.215 ha", "536.215", 536215, "measure", "ha", "diện tích đất có rừng", period=ASOF),
    F("phân tán) đạt 55,06%", "55,06", 55.06, "percent", None, "tỷ lệ che phủ rừng (kể cả cây phân tán)",
      change=CH("increase", 0.21, "điểm phần trăm", "cuối năm 2023"), period=ASOF),
    F("rừng tự nhiên 449.830 ha", "449.830", 449830, "measure", "ha", "rừng tự nhiên", total=536215, period=ASOFi),
    F("rừng trồng 86.385 ha", "86.385", 86385, "measure", "ha", "rừng trồng", total=536215, period=ASOFi),
    F("Lạc Dương (86,52%)", "86,52", 86.52, "percent", None, SUBJ_COVER, location="Lạc Dương", period=ASOFi),
    F("Đam Rông (71,3%)", "71,3", 71.3, "percent", None, SUBJ_COVER, location="Đam Rông", period=ASOFi),
    F("Bảo Lâm (63,8%)", "63,8", 63.8, "percent", None, SUBJ_COVER, location="Bảo Lâm", period=ASOFi),
    F("Đức Trọng với 38,45%", "38,45", 38.45, "percent", None, SUBJ_COVER, location="Đức Trọng", period=ASOFi),
    F("tổ chức 4.236 đợt", "4.236", 4236, "count", "đợt tuần tra, truy quét", "đợt tuần tra, truy quét",
      change=CH("increase", 12, baseline="cùng kỳ"), period=M9),
    F("phát hiện 312 vụ", "312", 312, "count", "vụ vi phạm", "vụ vi phạm Luật Lâm nghiệp",
      change=CH("decrease", 47, "vụ", "cùng kỳ năm 2023"), period=M9),
    F("47 vụ (13,1%)", "13,1", 13.1, "percent", None, "giảm số vụ vi phạm Luật Lâm nghiệp so với cùng kỳ",
      period=M9, optional=True),
    F("phá rừng trái phép 58 vụ", "58", 58, "count", "vụ", "phá rừng trái phép", total=312, period=M9i),
    F("khai thác rừng trái phép 41 vụ", "41", 41, "count", "vụ", "khai thác rừng trái phép", total=312, period=M9i),
    F("trái phép 96 vụ", "96", 96, "count", "vụ", "vận chuyển, mua bán lâm sản trái phép", total=312, period=M9i),
    F("diện tích 4,2 ha", "4,2", 4.2, "measure", "ha", "diện tích vụ phá rừng lớn nhất", location="Đam Rông", period=M9i),
    F("hành chính 276 vụ", "276", 276, "count", "vụ", "vụ xử lý hành chính", period=M9i),
    F("tịch thu 182,5 m³", "182,5", 182.5, "measure", "m³", "gỗ các loại tịch thu", period=M9i),
    F("hơn 3,7 tỷ đồng", "3,7", 3.7e9, "money", "đồng", "thu nộp ngân sách", approx="over", period=M9i),
    F("khởi tố 21 vụ án", "21", 21, "count", "vụ án hình sự", "vụ án hình sự khởi tố", period=M9i),
    F("trồng mới 2.500 ha", "2.500", 2500, "measure", "ha", "trồng mới rừng tập trung", status="target",
      period=Y(2024, "năm 2024")),
    F("trồng được 2.105 ha", "2.105", 2105, "measure", "ha", "diện tích rừng trồng mới", percent=84.2,
      period=P("đến hết tháng 9", None, "2024-09-30")),
    F("rừng trên 55%", "55", 55, "percent", None, SUBJ_COVER, approx="over", status="target",
      period=P("đến cuối năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Department site (Chi cục Kiểm lâm, Sở NN&PTNT Lâm Đồng): forest cover as of 30/9/2024, district list, 9-month violations, planting vs plan.",
    "Dateline 'Ngày đăng: 08/10/2024 | Lượt xem: 1.204'. Title figure 55,06% repeated in the body (both annotated; title has no period).",
    "Distractors: 'tiểu khu 625', Quyết định số 1520/QĐ-UBND ngày 12/8/2024, 'mùa khô 2024-2025', address 'số 2 Trần Hưng Đạo, phường 3, Đà Lạt', phone, counter.",
    "'tăng 0,21 điểm phần trăm so với cuối năm 2023' is the change of 55,06%. 'Trong đó, rừng tự nhiên …, rừng trồng …' (next sentence) are parts of 536.215 ha.",
    "District list items: location = district, subject = the list's indicator; period inherited from the as-of date of the previous sentence.",
    "'giảm 47 vụ (13,1%)': 47 vụ is the change of 312; the bracketed 13,1% is a second change -> percent figure of its own, optional.",
    "'Trong đó …' vụ types (next sentence) are parts of 312 vụ. '276 vụ xử lý hành chính' has no cue, no total.",
    "'chỉ tiêu năm 2024 … 2.500 ha' is a target figure of its own; 2.105 ha keeps 'đạt 84,2% chỉ tiêu' as percent (the plan stands in its own clause, so no target attribute).",
    "'đến hết tháng 9' = as-of 2024-09-30; 'đến cuối năm 2024' = as-of 2024-12-31.",
]

if __name__ == "__main__":
    sys.exit(1 if emit(2, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Lâm Đồng") else 0)
