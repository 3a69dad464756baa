"""p1403-3: formal report (UBND tỉnh Ninh Thuận): results of the Katê festival 2023, flattened '|' table of visitors."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 25 tháng 10 năm 2023

BÁO CÁO
Kết quả tổ chức Lễ hội Katê năm 2023

I. KẾT QUẢ TỔ CHỨC LỄ HỘI
1. Công tác tổ chức
Lễ hội Katê diễn ra từ ngày 14 đến 16/10/2023 tại 3 đền tháp và 22 làng Chăm theo đạo Bàlamôn. Kinh phí tổ chức lễ hội là 1,35 tỷ đồng, bằng 90% dự toán; lực lượng chức năng huy động 350 lượt cán bộ, chiến sĩ bảo đảm an ninh, trật tự.

2. Lượt khách tham quan
Đơn vị tính: lượt khách
Điểm tham quan | Năm 2022 | Năm 2023 | So với cùng kỳ (%)
Tháp Pô Klong Garai | 15.600 | 20.350 | 130,4
Tháp Pô Rômê | 5.900 | 7.420 | 125,8
Đền Pô Inư Nưgar | 3.300 | 4.180 | 126,7
Các làng Chăm | 6.200 | 6.450 | 104,0
Tổng cộng | 31.000 | 38.400 | 123,9

3. Hoạt động dịch vụ
Trong 3 ngày lễ hội, doanh thu dịch vụ lưu trú, ăn uống ước đạt 9,6 tỷ đồng, tăng 21% so với cùng kỳ. Công suất sử dụng phòng bình quân đạt 78%, có thời điểm trên 90%. Không để xảy ra tình trạng "chặt chém", ép giá du khách.

II. NHIỆM VỤ NĂM 2024
Phấn đấu Lễ hội Katê năm 2024 thu hút trên 40.000 lượt khách; dự kiến kinh phí tổ chức khoảng 1,5 tỷ đồng từ ngân sách tỉnh và xã hội hóa. Tiếp tục thực hiện Quyết định số 1426/QĐ-UBND ngày 18/8/2022 của UBND tỉnh về bảo tồn, phát huy giá trị văn hóa Chăm.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VXNV.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Nam
"""

FEST = per("từ ngày 14 đến 16/10/2023", "2023-10-14", "2023-10-16")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
DAYS = per("Trong 3 ngày lễ hội", "2023-10-14", "2023-10-16", inherited=True)

ROWS = [("Tháp Pô Klong Garai", "tháp Pô Klong Garai", ["15.600", "20.350", "130,4"]),
        ("Tháp Pô Rômê", "tháp Pô Rômê", ["5.900", "7.420", "125,8"]),
        ("Đền Pô Inư Nưgar", "đền Pô Inư Nưgar", ["3.300", "4.180", "126,7"]),
        ("Các làng Chăm", "các làng Chăm", ["6.200", "6.450", "104,0"]),
        ("Tổng cộng", "tổng cộng", ["31.000", "38.400", "123,9"])]
CELLS = []
for label, name, (a, b, r) in ROWS:
    CELLS.append(fig(f"{label} | {a}", a, float(a.replace(".", "")), "count", "lượt khách",
                     subject=f"lượt khách tham quan {name} năm 2022", period=C22))
    CELLS.append(fig(f"{a} | {b}", b, float(b.replace(".", "")), "count", "lượt khách",
                     subject=f"lượt khách tham quan {name} năm 2023", period=C23))
    CELLS.append(fig(f"{b} | {r}", r, float(r.replace(",", ".")), "percent", "%",
                     subject=f"lượt khách tham quan {name} so với cùng kỳ"))

FIGS = [
    fig("tại 3 đền tháp", "3", 3, "count", "đền tháp", subject="đền tháp diễn ra Lễ hội Katê", period=FEST),
    fig("và 22 làng", "22", 22, "count", "làng Chăm", subject="làng Chăm theo đạo Bàlamôn diễn ra lễ hội",
        period=FEST),
    fig("là 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", percent=90, subject="kinh phí tổ chức lễ hội",
        period=inh(FEST)),
    fig("huy động 350 lượt", "350", 350, "count", "lượt cán bộ, chiến sĩ",
        subject="lượt cán bộ, chiến sĩ bảo đảm an ninh, trật tự", period=inh(FEST)),
] + CELLS + [
    fig("ước đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 21, "%", "cùng kỳ"), subject="doanh thu dịch vụ lưu trú, ăn uống", period=DAYS),
    fig("bình quân đạt 78%", "78", 78, "percent", "%", subject="công suất sử dụng phòng bình quân", period=DAYS),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", subject="công suất sử dụng phòng có thời điểm",
        period=DAYS),
    fig("trên 40.000 lượt", "40.000", 40000, "count", "lượt khách", approx="over", status="target",
        subject="lượt khách Lễ hội Katê năm 2024 thu hút", period=Y24),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí tổ chức", period=Y24),
]

NOTES = [
    "Formal report (UBND tỉnh Ninh Thuận, Số: 312/BC-UBND, 'Ninh Thuận, ngày 25 tháng 10 năm 2023'): Katê 2023 results.",
    "Distractors: report and decision numbers, '18/8/2022', section numbers I./II./1.-3., 'Trong 3 ngày lễ hội', 'Lưu: VT, VXNV'.",
    "Flattened '|' table with 'Đơn vị tính: lượt khách': every numeric cell is a figure; periods from 'Năm 2022'/'Năm 2023'.",
    "'So với cùng kỳ (%)' cells are percent figures (no year in that header: no period, status actual). Table cells get no total.",
    "Tower names are row labels, not places: they stay in the subject; location Ninh Thuận.",
    "'Kinh phí … 1,35 tỷ đồng, bằng 90% dự toán' → percent 90. Festival period inherited (previous sentence).",
    "'Trong 3 ngày lễ hội' in section 3 points back to 14-16/10/2023: inherited (not scored).",
    "'Phấn đấu Lễ hội Katê năm 2024 thu hút trên 40.000' → target; '; dự kiến kinh phí … khoảng 1,5 tỷ' → forecast, same sentence (năm 2024).",
]

if __name__ == "__main__":
    write("p1403-3", TEXT, NOTES, FIGS, published="2023-10-25", location="Ninh Thuận")
