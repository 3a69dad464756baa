"""p1299-1: province portal (Bắc Giang): firms founded, returning and leaving, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Bắc Giang: Gần 1.300 doanh nghiệp thành lập mới trong 9 tháng

Cập nhật: 04/10/2024 15:10 | Lượt xem: 1.926

Theo Sở Kế hoạch và Đầu tư, 9 tháng đầu năm 2024, toàn tỉnh Bắc Giang có 1.284 doanh nghiệp thành lập mới (bằng 80,3% kế hoạch năm) với tổng vốn đăng ký 14.620 tỷ đồng; so với cùng kỳ năm 2023, tăng 11,3% về số doanh nghiệp và tăng 24,7% về vốn đăng ký. Vốn đăng ký bình quân đạt 11,4 tỷ đồng/doanh nghiệp.

Bên cạnh đó, có 463 doanh nghiệp quay trở lại hoạt động, tăng 8,9% so với cùng kỳ. Tính chung 9 tháng, toàn tỉnh có gần 1.750 doanh nghiệp gia nhập và tái gia nhập thị trường.

Ở chiều ngược lại, 1.137 doanh nghiệp rút lui khỏi thị trường, tăng 6,2%. Trong đó, 652 doanh nghiệp tạm ngừng kinh doanh có thời hạn; 341 doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể; 144 doanh nghiệp hoàn tất thủ tục giải thể, giảm 3,4% so với cùng kỳ.

Doanh nghiệp thành lập mới tập trung tại TP Bắc Giang (412 doanh nghiệp), huyện Hiệp Hòa (187 doanh nghiệp) và huyện Lạng Giang (126 doanh nghiệp). Khu vực thương mại, dịch vụ chiếm khoảng 62% số doanh nghiệp thành lập mới; công nghiệp - xây dựng chiếm 35,5%.

Năm 2024, tỉnh phấn đấu có ít nhất 1.600 doanh nghiệp thành lập mới. Sở Kế hoạch và Đầu tư tiếp tục hướng dẫn thủ tục theo Nghị định số 01/2021/NĐ-CP, giải đáp qua đường dây nóng 0204.3854.096 và dự kiến tổ chức hai hội nghị đối thoại với doanh nghiệp trong quý IV.

Tin liên quan:
- Bắc Giang tổ chức Hội nghị xúc tiến đầu tư lần thứ 2
- Hướng dẫn đăng ký hộ kinh doanh qua mạng điện tử
"""

H9 = per("trong 9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T9 = per("Tính chung 9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
LEAVE = 1137

FIGS = [
    fig("Gần 1.300 doanh nghiệp", "1.300", 1300, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp thành lập mới", period=H9),
    fig("có 1.284 doanh nghiệp", "1.284", 1284, "count", "doanh nghiệp", percent=80.3,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="doanh nghiệp thành lập mới", period=N9),
    fig("ký 14.620 tỷ", "14.620", 14620e9, "money", "đồng",
        change=chg("increase", 24.7, "%", "cùng kỳ năm 2023"),
        subject="tổng vốn đăng ký của doanh nghiệp thành lập mới", period=N9),
    fig("đạt 11,4 tỷ", "11,4", 11.4e9, "money", "đồng/doanh nghiệp",
        subject="vốn đăng ký bình quân", period=inh(N9)),
    fig("có 463 doanh nghiệp", "463", 463, "count", "doanh nghiệp",
        change=chg("increase", 8.9, "%", "cùng kỳ"),
        subject="doanh nghiệp quay trở lại hoạt động", period=inh(N9)),
    fig("gần 1.750 doanh nghiệp", "1.750", 1750, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp gia nhập và tái gia nhập thị trường", period=T9),
    fig("1.137 doanh nghiệp", "1.137", 1137, "count", "doanh nghiệp",
        change=chg("increase", 6.2, "%"),
        subject="doanh nghiệp rút lui khỏi thị trường", period=inh(N9)),
    fig("652 doanh nghiệp", "652", 652, "count", "doanh nghiệp", total=LEAVE,
        subject="doanh nghiệp tạm ngừng kinh doanh có thời hạn", period=inh(N9)),
    fig("341 doanh nghiệp", "341", 341, "count", "doanh nghiệp", total=LEAVE,
        subject="doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể", period=inh(N9)),
    fig("144 doanh nghiệp", "144", 144, "count", "doanh nghiệp", total=LEAVE,
        change=chg("decrease", 3.4, "%", "cùng kỳ"),
        subject="doanh nghiệp hoàn tất thủ tục giải thể", period=inh(N9)),
    fig("(412 doanh nghiệp)", "412", 412, "count", "doanh nghiệp",
        subject="doanh nghiệp thành lập mới", period=inh(N9), location="TP Bắc Giang"),
    fig("(187 doanh nghiệp)", "187", 187, "count", "doanh nghiệp",
        subject="doanh nghiệp thành lập mới", period=inh(N9), location="Hiệp Hòa"),
    fig("(126 doanh nghiệp)", "126", 126, "count", "doanh nghiệp",
        subject="doanh nghiệp thành lập mới", period=inh(N9), location="Lạng Giang"),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="khu vực thương mại, dịch vụ trong số doanh nghiệp thành lập mới", period=inh(N9)),
    fig("chiếm 35,5%", "35,5", 35.5, "percent", "%",
        subject="khu vực công nghiệp - xây dựng trong số doanh nghiệp thành lập mới", period=inh(N9)),
    fig("ít nhất 1.600 doanh nghiệp", "1.600", 1600, "count", "doanh nghiệp", approx="at_least",
        status="target", subject="doanh nghiệp thành lập mới", period=Y24),
    fig("hai hội nghị", "hai", 2, "count", "hội nghị", status="forecast",
        subject="hội nghị đối thoại với doanh nghiệp", period=Q4),
]

NOTES = [
    "Province portal (Bắc Giang): firms founded, returning and leaving in 9 months 2024; breadcrumb, 'Cập nhật: 04/10/2024 15:10 | Lượt xem: 1.926', related links.",
    "Distractors: 15:10, Lượt xem 1.926, Nghị định số 01/2021/NĐ-CP, hotline 0204.3854.096, 'lần thứ 2' in a related link.",
    "Headline 'trong 9 tháng' takes the year 2024 of the dateline. 'tăng 11,3% về số doanh nghiệp và tăng 24,7% về vốn đăng ký': each change",
    "belongs to the figure it names (11,3% → 1.284 doanh nghiệp, 24,7% → 14.620 tỷ). '(bằng 80,3% kế hoạch năm)' is the share of the 1.284.",
    "'Trong đó' after a sentence break: 652 + 341 + 144 = 1.137 (total). The district list has no part-of cue: no total.",
    "'chiếm khoảng 62% số doanh nghiệp thành lập mới' has no base amount in its clause: a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1299-1", TEXT, NOTES, FIGS, published="2024-10-04", location="Bắc Giang")
