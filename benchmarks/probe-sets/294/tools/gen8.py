from lib import *

TEXT = """Ngân hàng Lâm Đồng: Tín dụng chậm lại, nợ xấu tăng

Quý III/2023, doanh số cho vay của các tổ chức tín dụng trên địa bàn tỉnh Lâm Đồng đạt 36.820 tỷ đồng, giảm 4,7% so với cùng kỳ năm 2022; doanh số thu nợ đạt 35.140 tỷ đồng.

Tính đến 31/10/2023, dư nợ cho vay toàn địa bàn đạt gần 124 nghìn tỷ đồng (cuối năm 2022 là 118.350 tỷ đồng), chỉ tăng 4,5%, bằng khoảng một nửa mức tăng của cùng kỳ năm trước. Nguồn vốn huy động đạt 68.900 tỷ đồng, đáp ứng khoảng 55% nhu cầu vốn cho vay.

Nợ xấu tăng lên 2.940 tỷ đồng; tỷ lệ nợ xấu là 2,37% tổng dư nợ, cao hơn 0,52 điểm phần trăm so với cuối năm 2022. Trong đó, nợ xấu tại TP Đà Lạt 1.105 tỷ đồng, TP Bảo Lộc 876 tỷ đồng. Hiện có hai tổ chức tín dụng có tỷ lệ nợ xấu trên 3%.

Lãi suất huy động kỳ hạn 12 tháng phổ biến 5,0-5,8%/năm, giảm khoảng 1,5-2 điểm phần trăm so với đầu năm. 9 tháng năm 2023, các ngân hàng đã hỗ trợ lãi suất 2% theo Nghị định số 31/2022/NĐ-CP cho 1.460 khách hàng với số tiền hơn 52 tỷ đồng.

Đối với gói tín dụng nhà ở xã hội, đến nay trên địa bàn mới có 2 dự án được giải ngân với tổng số tiền 18 tỷ đồng. Toàn tỉnh hiện có 156 máy ATM và hơn 4.200 máy POS; riêng huyện Đức Trọng có 14 máy ATM.

Theo Giám đốc NHNN chi nhánh tỉnh, dự báo đến cuối năm 2023 dư nợ tín dụng tăng khoảng 6-7% so với cuối năm 2022. Ngành ngân hàng kiến nghị tỉnh sớm xử lý tài sản bảo đảm tại các dự án ở phường 8, TP Đà Lạt.

Hoàng Yến
28/11/2023
"""

Q3 = P("Quý III/2023", "2023-07-01", "2023-09-30")
D31 = P("Tính đến 31/10/2023", None, "2023-10-31")
D31i = P("Tính đến 31/10/2023", None, "2023-10-31", inh=True)
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
NOW = P("đến nay", None, "2023-11-28")
NOWi = P("đến nay", None, "2023-11-28", inh=True)
NX = ty(2940)

FIGS = [
    F("đạt 36.820 tỷ đồng", "36.820", ty(36820), "money", "đồng", "doanh số cho vay của các tổ chức tín dụng",
      change=ch("-", 4.7, baseline="cùng kỳ năm 2022"), period=Q3),
    F("đạt 35.140 tỷ đồng", "35.140", ty(35140), "money", "đồng", "doanh số thu nợ", period=Q3),
    F("gần 124 nghìn tỷ đồng", "124", 124 * 10**12, "money", "đồng", "dư nợ cho vay toàn địa bàn",
      approx="nearly", change=ch("+", 4.5), period=D31),
    F("là 118.350 tỷ đồng", "118.350", ty(118350), "money", "đồng", "dư nợ cho vay toàn địa bàn",
      period=P("cuối năm 2022", None, "2022-12-31")),
    F("đạt 68.900 tỷ đồng", "68.900", ty(68900), "money", "đồng", "Nguồn vốn huy động", period=D31i),
    F("khoảng 55% nhu cầu", "55", 55, "percent", "%", "nhu cầu vốn cho vay được nguồn vốn huy động đáp ứng",
      approx="about", period=D31i),
    F("lên 2.940 tỷ đồng", "2.940", NX, "money", "đồng", "Nợ xấu", period=D31i),
    F("là 2,37% tổng", "2,37", 2.37, "percent", "%", "tỷ lệ nợ xấu",
      change=ch("+", 0.52, "điểm phần trăm", "cuối năm 2022"), period=D31i),
    F("Đà Lạt 1.105 tỷ đồng", "1.105", ty(1105), "money", "đồng", "nợ xấu", total=NX, location="Đà Lạt",
      period=D31i),
    F("Bảo Lộc 876 tỷ đồng", "876", ty(876), "money", "đồng", "nợ xấu", total=NX, location="Bảo Lộc", period=D31i),
    F("có hai tổ chức", "hai", 2, "count", "tổ chức tín dụng", "tổ chức tín dụng có tỷ lệ nợ xấu trên 3%",
      period=D31i),
    F("trên 3%", "3", 3, "percent", "%", "tỷ lệ nợ xấu", approx="over", optional=True),
    F("kỳ hạn 12 tháng", "12", 12, "measure", "tháng", optional=True),
    F("biến 5,0-5,8%/năm", "5,0", 5.0, "percent", "%", "Lãi suất huy động kỳ hạn 12 tháng", value_max=5.8,
      change=ch("-", 1.5, "điểm phần trăm", "đầu năm", approx="about"), period=D31i),
    F("lãi suất 2% theo", "2", 2, "percent", "%", "mức hỗ trợ lãi suất theo Nghị định số 31/2022/NĐ-CP",
      period=M9, optional=True),
    F("cho 1.460 khách hàng", "1.460", 1460, "count", "khách hàng", "khách hàng được hỗ trợ lãi suất", period=M9),
    F("hơn 52 tỷ đồng", "52", ty(52), "money", "đồng", "số tiền hỗ trợ lãi suất", approx="over", period=M9),
    F("có 2 dự án", "2", 2, "count", "dự án", "dự án nhà ở xã hội được giải ngân", period=NOW),
    F("số tiền 18 tỷ đồng", "18", ty(18), "money", "đồng", "giải ngân gói tín dụng nhà ở xã hội", period=NOW),
    F("có 156 máy ATM", "156", 156, "count", "máy ATM", "máy ATM", period=NOWi),
    F("hơn 4.200 máy POS", "4.200", 4200, "count", "máy POS", "máy POS", approx="over", period=NOWi),
    F("có 14 máy ATM", "14", 14, "count", "máy ATM", "máy ATM", location="Đức Trọng", period=NOWi),
    F("khoảng 6-7%", "6", 6, "percent", "%", "dư nợ tín dụng tăng", value_max=7, approx="about",
      status="forecast", period=P("đến cuối năm 2023", None, "2023-12-31")),
]

COMMENTS = [
    "Provincial newspaper roundup (Báo Lâm Đồng style); no dateline at the top, byline and bare date '28/11/2023' at the end = published.",
    "'(cuối năm 2022 là 118.350 tỷ đồng)': bracketed figure of its own with its own as-of period; 'chỉ tăng 4,5%' is the change of the 124 nghìn tỷ.",
    "'bằng khoảng một nửa mức tăng' (a fraction in words, no number) is not annotated.",
    "revised: 'đáp ứng khoảng 55% nhu cầu' is not one of the share cues (đạt/chiếm/bằng/tương đương): a percent figure of its own, not 68.900 tỷ's percent.",
    "'Nợ xấu tăng lên 2.940 tỷ' ('tăng lên' = rose to: no change); 'tỷ lệ nợ xấu là 2,37%, cao hơn 0,52 điểm phần trăm': share figure with its change.",
    "'Trong đó' city parts take the money whole 2.940 tỷ (same thing, same date; the share before the cue is no whole), locations Đà Lạt/Bảo Lộc.",
    "Optional: threshold 'trên 3%', term 'kỳ hạn 12 tháng', support rate 'lãi suất 2%' (a policy parameter). 'hai tổ chức' number word count.",
    "'đến nay' ends at the published date 2023-11-28. 'dự báo … khoảng 6-7%': forecast range. Distractors: 'Nghị định số 31/2022/NĐ-CP', 'phường 8'.",
]

write(8, TEXT, COMMENTS, FIGS, published="2023-11-28", location="Lâm Đồng")
