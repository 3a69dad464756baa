"""p1417-1: province portal (Thanh Hóa): inspections of drug retailers, 9 months of 2024, antibiotics sold without prescription."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Thanh Hóa: 9 tháng xử phạt gần 1,2 tỷ đồng cơ sở bán thuốc vi phạm

Cập nhật: 15/10/2024 09:45 | Lượt xem: 1.836

Theo Sở Y tế, 9 tháng đầu năm 2024, các đoàn thanh tra, kiểm tra đã kiểm tra 1.426 cơ sở bán lẻ thuốc trên địa bàn tỉnh Thanh Hóa, bằng 81,5% kế hoạch năm, tăng 12,3% so với cùng kỳ năm 2023. Trong đó có 512 nhà thuốc, 864 quầy thuốc và 50 tủ thuốc trạm y tế.

Qua kiểm tra, phát hiện 187 cơ sở vi phạm, chiếm 13,1% số cơ sở được kiểm tra; phạt tiền 1,18 tỷ đồng, tăng 1,6 lần so với cùng kỳ. Hành vi phổ biến nhất là bán thuốc kháng sinh khi không có đơn thuốc với 96 trường hợp, chiếm 51,3% tổng số vi phạm. Ngoài ra, 41 cơ sở không có người phụ trách chuyên môn tại thời điểm kiểm tra, 28 cơ sở bảo quản thuốc không đúng quy định. Cơ quan chức năng đã đình chỉ có thời hạn hoạt động của sáu cơ sở và tịch thu gần 2.300 hộp thuốc kháng sinh không rõ nguồn gốc.

Riêng tại TP Sầm Sơn, đoàn liên ngành kiểm tra 214 cơ sở, phát hiện 35 cơ sở bán kháng sinh không có đơn, xử phạt 318 triệu đồng.

Hiện toàn tỉnh có 3.940 cơ sở bán lẻ thuốc đạt GPP theo Thông tư số 02/2018/TT-BYT, trong đó 1.215 nhà thuốc và 2.725 quầy thuốc. Quý IV, Sở Y tế phấn đấu kiểm tra thêm khoảng 320 cơ sở; đến cuối năm 2024, 100% nhà thuốc, quầy thuốc kết nối liên thông dữ liệu với Cơ sở dữ liệu Dược quốc gia.

Tin liên quan:
- Hưởng ứng Tuần lễ nhận thức về kháng kháng sinh năm 2024
- Sở Y tế triển khai Kế hoạch số 186/KH-SYT về quản lý kê đơn thuốc
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
EOY = per("đến cuối năm 2024", None, "2024-12-31")
SS = "Sầm Sơn"

FIGS = [
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        subject="xử phạt cơ sở bán thuốc vi phạm", period=NINE_H),
    fig("kiểm tra 1.426 cơ sở", "1.426", 1426, "count", "cơ sở", percent=81.5,
        change=chg("increase", 12.3, "%", "cùng kỳ năm 2023"),
        subject="cơ sở bán lẻ thuốc được kiểm tra", period=NINE),
    fig("có 512 nhà thuốc", "512", 512, "count", "nhà thuốc", total=1426,
        subject="nhà thuốc được kiểm tra", period=inh(NINE)),
    fig("864 quầy thuốc", "864", 864, "count", "quầy thuốc", total=1426,
        subject="quầy thuốc được kiểm tra", period=inh(NINE)),
    fig("50 tủ thuốc", "50", 50, "count", "tủ thuốc", total=1426,
        subject="tủ thuốc trạm y tế được kiểm tra", period=inh(NINE)),
    fig("phát hiện 187 cơ sở", "187", 187, "count", "cơ sở", percent=13.1,
        subject="cơ sở vi phạm", period=inh(NINE)),
    fig("phạt tiền 1,18 tỷ", "1,18", 1.18e9, "money", "đồng",
        change=chg("increase", 1.6, "lần", "cùng kỳ"),
        subject="phạt tiền cơ sở vi phạm", period=inh(NINE)),
    fig("với 96 trường hợp", "96", 96, "count", "trường hợp", percent=51.3,
        subject="trường hợp bán thuốc kháng sinh khi không có đơn thuốc", period=inh(NINE)),
    fig("41 cơ sở", "41", 41, "count", "cơ sở",
        subject="cơ sở không có người phụ trách chuyên môn tại thời điểm kiểm tra", period=inh(NINE)),
    fig("28 cơ sở", "28", 28, "count", "cơ sở",
        subject="cơ sở bảo quản thuốc không đúng quy định", period=inh(NINE)),
    fig("của sáu cơ sở", "sáu", 6, "count", "cơ sở",
        subject="cơ sở bị đình chỉ có thời hạn hoạt động", period=inh(NINE)),
    fig("gần 2.300 hộp", "2.300", 2300, "count", "hộp", approx="nearly",
        subject="hộp thuốc kháng sinh không rõ nguồn gốc bị tịch thu", period=inh(NINE)),
    fig("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở",
        subject="cơ sở đoàn liên ngành kiểm tra", period=inh(NINE), location=SS),
    fig("phát hiện 35 cơ sở", "35", 35, "count", "cơ sở",
        subject="cơ sở bán kháng sinh không có đơn", period=inh(NINE), location=SS),
    fig("xử phạt 318 triệu", "318", 318e6, "money", "đồng",
        subject="xử phạt cơ sở bán kháng sinh không có đơn", period=inh(NINE), location=SS),
    fig("có 3.940 cơ sở", "3.940", 3940, "count", "cơ sở",
        subject="cơ sở bán lẻ thuốc đạt GPP"),
    fig("1.215 nhà thuốc", "1.215", 1215, "count", "nhà thuốc", total=3940,
        subject="nhà thuốc đạt GPP"),
    fig("2.725 quầy thuốc", "2.725", 2725, "count", "quầy thuốc", total=3940,
        subject="quầy thuốc đạt GPP"),
    fig("khoảng 320 cơ sở", "320", 320, "count", "cơ sở", approx="about", status="target",
        subject="cơ sở Sở Y tế kiểm tra thêm", period=Q4),
    fig("2024, 100% nhà thuốc", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ nhà thuốc, quầy thuốc kết nối liên thông dữ liệu với Cơ sở dữ liệu Dược quốc gia",
        period=EOY),
]

NOTES = [
    "Province portal (Thanh Hóa): inspections of drug retailers, 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 09:45 | Lượt xem: 1.836', related links.",
    "Distractors: 09:45, Lượt xem 1.836, Thông tư số 02/2018/TT-BYT, Kế hoạch số 186/KH-SYT, 'năm 2024' in a link title.",
    "Headline '9 tháng ... gần 1,2 tỷ đồng' is its own figure (nearly); year-less '9 tháng' takes 2024 from the dateline.",
    "'bằng 81,5% kế hoạch năm' is the share of 1.426; 'tăng 12,3% so với cùng kỳ năm 2023' its change. 'Trong đó' parts after a sentence break: total 1.426.",
    "'chiếm 13,1% số cơ sở được kiểm tra' / 'chiếm 51,3% tổng số vi phạm': percent attributes, no total (no cue).",
    "'tăng 1,6 lần so với cùng kỳ' is a change in lần. 'sáu cơ sở' is a number word.",
    "TP Sầm Sơn passage: location Sầm Sơn; its period (9 tháng) is only implied: inherited.",
    "'Hiện ... 3.940 cơ sở ..., trong đó 1.215 nhà thuốc và 2.725 quầy thuốc': parts with total 3.940, no period.",
    "'Quý IV ... phấn đấu' governs the clause after ';' too (target). 'đến cuối năm 2024' read like 'đến năm 2030': start null, end 2024-12-31.",
]

if __name__ == "__main__":
    write("p1417-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Thanh Hóa")
