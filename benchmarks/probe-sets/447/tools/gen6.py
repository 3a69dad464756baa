from lib import F, P, I, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN HƯƠNG KHÊ
Số: 118/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hương Khê, ngày 20 tháng 5 năm 2025

BÁO CÁO
Kết quả tiêm phòng vắc xin dại cho đàn chó, mèo đợt 1 năm 2025

I. KẾT QUẢ THỰC HIỆN
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND huyện, đợt 1 được triển khai từ ngày 01/4 đến ngày 30/4/2025 tại 21/21 xã, thị trấn. Kết quả như sau:

Nội dung
Đơn vị tính
Kế hoạch
Thực hiện
Tỷ lệ (%)
Số con được tiêm phòng
con
15.850
14.377
90,71
Số hộ ký cam kết
hộ
12.400
11.986
96,66
Vắc xin sử dụng
liều
16.000
14.500
90,63
Kinh phí
triệu đồng
190
185,4
97,58

Tổng đàn chó, mèo toàn huyện tại thời điểm tiêm là 18.912 con; tỷ lệ tiêm phòng so với tổng đàn đạt 76,02%. Có 15/21 xã, thị trấn đạt tỷ lệ tiêm trên 80%; cao nhất là xã Hương Trạch (94,2%), thấp nhất là xã Hương Lâm (61,5%). Tổng kinh phí thực hiện 185,4 triệu đồng, trong đó ngân sách huyện hỗ trợ 62 triệu đồng, người dân đóng góp 123,4 triệu đồng.

Trong đợt tiêm, toàn huyện có 96 người bị chó, mèo cắn phải tiêm vắc xin phòng dại; không có trường hợp tử vong, không phát sinh ổ dịch dại trên động vật.

II. NHIỆM VỤ ĐỢT 2 (THÁNG 10/2025)
Tiêm bổ sung cho khoảng 3.000 con chó, mèo chưa được tiêm và chó, mèo mới phát sinh; phấn đấu tỷ lệ tiêm phòng cả năm 2025 đạt trên 85% tổng đàn.

Nơi nhận:
- UBND tỉnh, Sở NN&PTNT (b/c);
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Tuấn
"""

R1 = P("từ ngày 01/4 đến ngày 30/4/2025", "2025-04-01", "2025-04-30")
R1i = I(R1)
T2 = P("THÁNG 10/2025", "2025-10-01", "2025-10-31", inh=True)

def cells(label, unit, kind, a, av, b, bv, c, cv, mult=1, money_unit=None):
    u = money_unit or unit
    return [
        F(f"{label}\n{unit}\n{a}\n", a, av * mult, kind, u, f"{label} kế hoạch", status="target", period=R1i),
        F(f"{a}\n{b}\n", b, bv * mult, kind, u, f"{label} thực hiện", period=R1i),
        F(f"{b}\n{c}\n", c, cv, "percent", "%", f"Tỷ lệ {label}", period=R1i),
    ]

TABLE = (cells("Số con được tiêm phòng", "con", "count", "15.850", 15850, "14.377", 14377, "90,71", 90.71)
         + cells("Số hộ ký cam kết", "hộ", "count", "12.400", 12400, "11.986", 11986, "96,66", 96.66)
         + cells("Vắc xin sử dụng", "liều", "count", "16.000", 16000, "14.500", 14500, "90,63", 90.63)
         + cells("Kinh phí", "triệu đồng", "money", "190", 190, "185,4", 185.4, "97,58", 97.58, mult=1e6, money_unit="đồng"))

FIGS = [
    F("tại 21/21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn triển khai tiêm phòng đợt 1", total=21, period=R1),
] + TABLE + [
    F("là 18.912 con", "18.912", 18912, "count", "con", "Tổng đàn chó, mèo toàn huyện tại thời điểm tiêm", period=R1i),
    F("đạt 76,02%", "76,02", 76.02, "percent", "%", "tỷ lệ tiêm phòng so với tổng đàn", period=R1i),
    F("Có 15/21 xã", "15", 15, "count", "xã, thị trấn", "xã, thị trấn đạt tỷ lệ tiêm trên 80%", total=21, period=R1i),
    F("tiêm trên 80%", "80", 80, "percent", "%", approx="over", optional=True),
    F("Hương Trạch (94,2%)", "94,2", 94.2, "percent", "%", "tỷ lệ tiêm cao nhất xã Hương Trạch", period=R1i),
    F("Hương Lâm (61,5%)", "61,5", 61.5, "percent", "%", "tỷ lệ tiêm thấp nhất xã Hương Lâm", period=R1i),
    F("thực hiện 185,4 triệu", "185,4", 185.4e6, "money", "đồng", "Tổng kinh phí thực hiện", period=R1i),
    F("hỗ trợ 62 triệu", "62", 62e6, "money", "đồng", "ngân sách huyện hỗ trợ", total=185.4e6, period=R1i),
    F("góp 123,4 triệu", "123,4", 123.4e6, "money", "đồng", "người dân đóng góp", total=185.4e6, period=R1i),
    F("có 96 người", "96", 96, "count", "người", "người bị chó, mèo cắn phải tiêm vắc xin phòng dại",
      period=P("Trong đợt tiêm", "2025-04-01", "2025-04-30", inh=True)),
    F("khoảng 3.000 con", "3.000", 3000, "count", "con", "chó, mèo tiêm bổ sung", approx="about", status="target", period=T2),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ tiêm phòng cả năm 2025", approx="over", status="target",
      period=P("cả năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Hương Khê, Hà Tĩnh, 'Số: 118/BC-UBND'); the place-and-date line 'Hương Khê, ngày 20 tháng 5 năm 2025' is its date.",
    "One-cell-per-line table: Nội dung | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%). Plan cells are target figures, result cells actual, rate cells percent;",
    "units from the 'Đơn vị tính' cell ('triệu đồng' makes 190 = 190.000.000 đồng). Period from 'từ ngày 01/4 đến ngày 30/4/2025' (round 1), inherited.",
    "Distractors: document number, Kế hoạch số 45/KH-UBND ngày 10/3/2025, section numbers I./II., 'Lưu: VT, NN', signer, heading 'THÁNG 10/2025'.",
    "'21/21 xã' and '15/21 xã' carry total 21; 'trên 80%' is the threshold in the 15's defining clause (optional). Communes are not location",
    "levels: their rates keep location Hương Khê with the commune in the subject. 'Tổng kinh phí … 185,4 triệu đồng, trong đó …' parts: total 185,4 triệu (they add up).",
    "'Trong đợt tiêm' names the round whose dates stand only in section I: inherited. Round-2 tasks: 'khoảng 3.000 con' target (period from the heading, inherited); 'phấn đấu … cả năm 2025 đạt trên 85%' target.",
]

if __name__ == "__main__":
    build("p447-6", TEXT, COMMENTS, FIGS, published="2025-05-20", location="Hương Khê")
