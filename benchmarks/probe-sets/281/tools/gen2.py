from lib import F, P, Y, build

TEXT = """UBND HUYỆN YÊN THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ
Thứ Hai, 07/10/2024 - 15:20

Yên Thành đẩy mạnh cải tạo đàn lợn bằng thụ tinh nhân tạo

Chín tháng năm 2024, công tác giống vật nuôi trên địa bàn huyện tiếp tục được quan tâm. Tổng đàn lợn toàn huyện đạt 186.400 con, tăng 4,2% so với cùng kỳ năm 2023; trong đó đàn lợn nái 21.650 con, chiếm 11,6% tổng đàn, lợn nái ngoại và nái lai có tỷ lệ máu ngoại cao chiếm 78%.

Từ đầu năm đến nay, mạng lưới 36 dẫn tinh viên đã phối giống nhân tạo cho lợn được 48.270 liều tinh, đạt 80,5% kế hoạch năm; thụ tinh nhân tạo cho bò đạt 3.150/4.000 liều kế hoạch. Tỷ lệ lợn nái phối giống nhân tạo có chửa đạt bình quân từ 85 đến 90%.

Các xã có số liều tinh lợn sử dụng nhiều nhất là Công Thành 5.420 liều, Đô Thành 4.870 liều, Mã Thành 4.105 liều. Trạm Dịch vụ nông nghiệp huyện (đóng tại khối 3, thị trấn Yên Thành) cung ứng khoảng 60% lượng tinh, phần còn lại do Công ty TNHH Giống vật nuôi Nghệ An cung cấp.

Huyện đã hỗ trợ kinh phí mua lợn đực giống, tinh lợn và bò đực giống theo Nghị quyết số 12/2022/NQ-HĐND với tổng số tiền hơn 1,35 tỷ đồng, hỗ trợ cho 412 hộ chăn nuôi. Bình quân mỗi liều tinh lợn được hỗ trợ 15.000 đồng.

Quý IV/2024, huyện phấn đấu thực hiện thêm khoảng 12.000 liều tinh lợn, nâng tổng đàn lợn cuối năm lên trên 190.000 con. Mọi thông tin về kỹ thuật phối giống, bà con liên hệ số điện thoại 0238.3865.102 (giờ hành chính).

Nguyễn Văn Lâm - Phòng Nông nghiệp và PTNT huyện
"""

N9 = P("Chín tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = dict(N9, inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
YTDi = dict(YTD, inherited=True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
FIGS = [
    F("đạt 186.400 con", "186.400", 186400, "count", "con", "Tổng đàn lợn toàn huyện",
      change={"direction": "increase", "value": 4.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=N9i),
    F("nái 21.650 con", "21.650", 21650, "count", "con", "đàn lợn nái", total=186400, percent=11.6, period=N9i),
    F("chiếm 78%", "78", 78, "percent", "%", "lợn nái ngoại và nái lai có tỷ lệ máu ngoại cao", period=N9i),
    F("mạng lưới 36 dẫn tinh viên", "36", 36, "count", "dẫn tinh viên", "mạng lưới dẫn tinh viên", period=YTD),
    F("được 48.270 liều", "48.270", 48270, "count", "liều tinh", "liều tinh phối giống nhân tạo cho lợn",
      percent=80.5, period=YTD),
    F("đạt 3.150/4.000", "3.150", 3150, "count", "liều", "liều thụ tinh nhân tạo cho bò", target={"value": 4000, "unit": "liều"},
      period=YTD),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "Tỷ lệ lợn nái phối giống nhân tạo có chửa", value_max=90, period=YTDi),
    F("Công Thành 5.420 liều", "5.420", 5420, "count", "liều", "số liều tinh lợn sử dụng", location="Công Thành",
      period=YTDi),
    F("Đô Thành 4.870 liều", "4.870", 4870, "count", "liều", "số liều tinh lợn sử dụng", location="Đô Thành",
      period=YTDi),
    F("Mã Thành 4.105 liều", "4.105", 4105, "count", "liều", "số liều tinh lợn sử dụng", location="Mã Thành",
      period=YTDi),
    F("khoảng 60% lượng tinh", "60", 60, "percent", "%", "lượng tinh Trạm Dịch vụ nông nghiệp huyện cung ứng",
      approx="about", period=YTDi),
    F("hơn 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "kinh phí hỗ trợ mua lợn đực giống, tinh lợn và bò đực giống",
      approx="over", period=YTDi),
    F("cho 412 hộ", "412", 412, "count", "hộ chăn nuôi", "hộ chăn nuôi được hỗ trợ", period=YTDi),
    F("hỗ trợ 15.000 đồng", "15.000", 15000, "money", "đồng", "mức hỗ trợ bình quân mỗi liều tinh lợn", period=YTDi),
    F("khoảng 12.000 liều", "12.000", 12000, "count", "liều tinh lợn", "liều tinh lợn thực hiện thêm", approx="about",
      status="target", period=Q4),
    F("trên 190.000 con", "190.000", 190000, "count", "con", "tổng đàn lợn cuối năm", approx="over", status="target",
      period=P("cuối năm", None, "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): đàn lợn, thụ tinh nhân tạo lợn và bò, 9 tháng 2024. Dateline 'Thứ Hai, 07/10/2024 - 15:20', byline at the end.",
    "Distractors: 'khối 3, thị trấn Yên Thành' (address), 'Nghị quyết số 12/2022/NQ-HĐND', phone 0238.3865.102, 'Quý IV/2024' (period).",
    "Communes (Công Thành, Đô Thành, Mã Thành) are places of the list items; default location is the district Yên Thành.",
    "'đạt 80,5% kế hoạch năm' is the percent of 48.270 liều. 'đạt 3.150/4.000 liều kế hoạch': the plan after '/' is the target (FIGURES.md", "'Result against plan'), not a total. 'Từ đầu năm đến nay' = 2024-01-01 .. dateline; it is in the sentence of the AI counts (scored)",
    "and inherited by the next sentences. 'Quý IV/2024 ... phấn đấu' governs both targets. Communes are taken as the items' location (judgment).",
    "'nâng tổng đàn lợn cuối năm lên trên 190.000 con': target; a herd is a stock, so its period is the as-of 'cuối năm' (end 2024-12-31).",
    "revised after the first run: 190.000 con period Quý IV/2024 -> as-of 'cuối năm'; subjects of 48.270 / 3.150 now name the counted liều.",
]
build("p281-2", TEXT, FIGS, COMMENTS, published="2024-10-07", location="Yên Thành")
