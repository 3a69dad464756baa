from lib import *

def fmt(n):
    return f"{n:,}".replace(",", ".")

def pct(x):
    return f"{x:.1f}".replace(".", ",")

RAW = [("Quận Hải Châu", "Hải Châu", 38612, 17204), ("Quận Thanh Khê", "Thanh Khê", 33085, 13560),
       ("Quận Sơn Trà", "Sơn Trà", 25470, 9315), ("Quận Ngũ Hành Sơn", "Ngũ Hành Sơn", 17902, 6480),
       ("Quận Liên Chiểu", "Liên Chiểu", 28318, 10812), ("Quận Cẩm Lệ", "Cẩm Lệ", 22760, 8214)]
TOT, EL = 186420, 72915
RAW.append(("Huyện Hòa Vang", "Hòa Vang", TOT - sum(r[2] for r in RAW), EL - sum(r[3] for r in RAW)))
lines = ["Địa bàn | Tổng số bản sao | Bản sao điện tử | Tỷ lệ điện tử (%)"]
for lab, loc, t, e in RAW:
    lines.append(f"{lab} | {fmt(t)} | {fmt(e)} | {pct(100 * e / t)}")
table = "\n".join(lines)

TEXT = """SỞ TƯ PHÁP THÀNH PHỐ ĐÀ NẴNG
Tin tức - Sự kiện

Quý III/2024: gần 40% bản sao được chứng thực dưới dạng điện tử
Ngày đăng: 14/10/2024 | Lượt xem: 612

Quý III/2024, UBND các quận, huyện và 56 phường, xã trên địa bàn thành phố Đà Nẵng đã chứng thực 186.420 bản sao từ bản chính, trong đó bản sao điện tử 72.915 bản, chiếm 39,1%, tăng 6,4 điểm phần trăm so với quý II/2024.

Kết quả chứng thực theo địa bàn như sau:
Đơn vị tính: bản
""" + table + """

Thời gian chứng thực bình quân một bản sao điện tử giảm từ 20 phút xuống còn 8 phút. Ước tính người dân tiết kiệm khoảng 1,3 tỷ đồng chi phí in ấn, đi lại trong quý.

Trong quý IV/2024, Sở Tư pháp đề ra chỉ tiêu tỷ lệ bản sao điện tử đạt 45% và 100% phường, xã kết nối dữ liệu chứng thực với Hệ thống thông tin giải quyết thủ tục hành chính thành phố.

Trụ sở Sở Tư pháp: Tầng 13, Trung tâm Hành chính thành phố, số 24 Trần Phú; Bộ phận một cửa quận Hải Châu: số 270 đường 2 Tháng 9. Hotline: 0236.3822.155.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("gần 40%", "40", 40, "percent", "%", "bản sao được chứng thực dưới dạng điện tử", Q3, approx="nearly"),
    F("và 56 phường", "56", 56, "count", "phường, xã", "phường, xã", Q3, optional=True),
    F("chứng thực 186.420 bản sao", "186.420", 186420, "count", "bản sao", "bản sao chứng thực từ bản chính", Q3),
    F("điện tử 72.915 bản", "72.915", 72915, "count", "bản", "bản sao điện tử", Q3, total=186420, percent=39.1,
      change=ch("+", 6.4, "điểm phần trăm", "quý II/2024")),
]
for lab, loc, t, e in RAW:
    p = pct(100 * e / t)
    FIGS.append(F(f"{lab} | {fmt(t)}", fmt(t), t, "count", "bản", "Tổng số bản sao", Q3i, location=loc))
    FIGS.append(F(f"{fmt(t)} | {fmt(e)}", fmt(e), e, "count", "bản", "Bản sao điện tử", Q3i, location=loc))
    FIGS.append(F(f"{fmt(e)} | {p}", p, float(p.replace(",", ".")), "percent", "%", "Tỷ lệ điện tử", Q3i, location=loc))
FIGS += [
    F("từ 20 phút", "20", 20, "measure", "phút", "thời gian chứng thực bình quân một bản sao điện tử trước đây", Q3i, optional=True),
    F("còn 8 phút", "8", 8, "measure", "phút", "thời gian chứng thực bình quân một bản sao điện tử", Q3i),
    F("khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", "chi phí in ấn, đi lại người dân tiết kiệm",
      P("trong quý", "2024-07-01", "2024-09-30"), approx="about", status="estimate"),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ bản sao điện tử", Q4, status="target"),
    F("và 100% phường", "100", 100, "percent", "%", "phường, xã kết nối dữ liệu chứng thực với Hệ thống thông tin giải quyết thủ tục hành chính",
      Q4, status="target"),
]

emit("p401-7", TEXT, [
    "Department site (Sở Tư pháp Đà Nẵng): certified copies in Q3/2024, e-copies, '|' table by district with 'Đơn vị tính: bản' and a (%) column.",
    "Table rows are districts: location = row label, subject = column label; period inherited from 'Quý III/2024' in the text above.",
    "72.915 bản: total 186.420 ('trong đó'), percent 39,1, change +6,4 điểm phần trăm vs quý II/2024. 'giảm từ 20 phút xuống còn 8 phút':",
    "8 phút is the figure with no stated change amount; the old level 20 phút is optional. 'trong quý' = Q3/2024. '56 phường, xã' optional.",
    "Distractors: Lượt xem 612, Tầng 13, số 24 Trần Phú, số 270 đường 2 Tháng 9, hotline 0236.3822.155.",
], FIGS, published="2024-10-14", location="Đà Nẵng")
